package com.steward.app.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PagerTest {

    private final List<Integer> rows = IntStream.rangeClosed(1, 120).boxed().toList();

    private static Pager pager(int page, long total) {
        Map<String, @Nullable String> filters = new LinkedHashMap<>();
        filters.put("q", "acme care");
        filters.put("status", "");
        return Pager.of("/vendors", filters, page, total);
    }

    @Test
    void showsFiftyRowsAPageAndTheRestOnTheLast() {
        assertThat(pager(0, 120).rows(rows)).hasSize(50).startsWith(1).endsWith(50);
        assertThat(pager(2, 120).rows(rows)).containsExactlyElementsOf(rows.subList(100, 120));
        assertThat(pager(2, 120).pages()).isEqualTo(3);
        assertThat(pager(2, 120).first()).isEqualTo(101);
        assertThat(pager(2, 120).last()).isEqualTo(120);
    }

    @Test
    void aPageBeyondTheEndIsTheLastAndABelowZeroOneTheFirst() {
        assertThat(pager(9, 120).page()).isEqualTo(2);
        assertThat(pager(-3, 120).page()).isZero();
        assertThat(pager(0, 0).rows(List.of())).isEmpty();
        assertThat(pager(0, 0).first()).isZero();
        assertThat(pager(0, 0).hasNext()).isFalse();
    }

    @Test
    void linksKeepTheFiltersThatHaveAValue() {
        Pager p = pager(1, 120);
        assertThat(p.hasPrevious()).isTrue();
        assertThat(p.hasNext()).isTrue();
        assertThat(p.href(2)).isEqualTo("/vendors?q=acme+care&page=2");
    }

    @Test
    void theTextFilterMatchesAnyTextIgnoringCaseAndBlankMatchesAll() {
        assertThat(new ListFilter("ACME", null).matches("Zeta", "acme-care")).isTrue();
        assertThat(new ListFilter("acme", null).matches("Zeta", null)).isFalse();
        assertThat(new ListFilter("  ", 3).matches("anything")).isTrue();
        assertThat(new ListFilter("  ", 3).isAll()).isTrue();
        assertThat(new ListFilter(null, null).pageIndex()).isZero();
    }
}
