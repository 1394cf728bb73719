package com.steward.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.audit.AuditDiff.Change;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class AuditDiffTest {

    private final ObjectMapper json = JsonMapper.builder().build();

    @Test
    void anUpdateListsOnlyTheFieldsThatChangedWithNestedPaths() {
        var changes = AuditDiff.of(
                "{\"name\":\"Acme\",\"status\":\"PROSPECT\",\"address\":{\"city\":\"Lyon\"},\"tags\":[\"a\"]}",
                "{\"name\":\"Acme\",\"status\":\"CONTRACTED\",\"address\":{\"city\":\"Paris\"},\"tags\":[\"a\",\"b\"]}",
                json);
        assertThat(changes)
                .containsExactly(
                        new Change("status", "PROSPECT", "CONTRACTED"),
                        new Change("address.city", "Lyon", "Paris"),
                        new Change("tags[1]", null, "b"));
    }

    @Test
    void aCreationHasNoBeforeAndADeletionNoAfter() {
        assertThat(AuditDiff.of(null, "{\"code\":\"acme\"}", json)).containsExactly(new Change("code", null, "acme"));
        assertThat(AuditDiff.of("{\"code\":\"acme\"}", null, json)).containsExactly(new Change("code", "acme", null));
        assertThat(AuditDiff.of("{\"code\":\"acme\"}", "{\"code\":\"acme\"}", json))
                .isEmpty();
    }

    @Test
    void textThatIsNotJsonIsShownAsItIs() {
        assertThat(AuditDiff.of(null, "not json {", json)).containsExactly(new Change("(value)", null, "not json {"));
    }
}
