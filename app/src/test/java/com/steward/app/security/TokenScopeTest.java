package com.steward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A token's role is the lower of its owner's and its scope's cap; READ and IMPORT refuse other changes. */
class TokenScopeTest {

    /** The client roles from most to least powerful (VENDOR stands apart). */
    static final List<Role> LADDER = List.of(Role.ADMIN, Role.MANAGER, Role.ANALYST, Role.VIEWER);

    @Test
    void aTokenNeverExceedsItsOwner() {
        for (TokenScope scope : TokenScope.values()) {
            for (Role owner : LADDER) {
                Role acting = scope.actingRole(owner);
                assertThat(LADDER.indexOf(acting))
                        .as(scope + " of " + owner)
                        .isGreaterThanOrEqualTo(LADDER.indexOf(owner));
            }
            assertThat(scope.actingRole(Role.VENDOR)).isEqualTo(Role.VENDOR);
        }
    }

    @Test
    void eachScopeCapsAtItsRole() {
        assertThat(TokenScope.READ.actingRole(Role.ADMIN)).isEqualTo(Role.VIEWER);
        assertThat(TokenScope.IMPORT.actingRole(Role.ADMIN)).isEqualTo(Role.ANALYST);
        assertThat(TokenScope.IMPORT.actingRole(Role.VIEWER)).isEqualTo(Role.VIEWER);
        assertThat(TokenScope.WRITE.actingRole(Role.MANAGER)).isEqualTo(Role.MANAGER);
    }

    @Test
    void readAndImportRefuseChangesOutsideWhatTheyName() {
        assertThat(TokenScope.READ.permits("GET", "/api/v1/vendors")).isTrue();
        assertThat(TokenScope.READ.permits("POST", "/api/v1/imports")).isFalse();
        assertThat(TokenScope.IMPORT.permits("POST", "/api/v1/imports")).isTrue();
        assertThat(TokenScope.IMPORT.permits("POST", "/api/v1/drop-folders/12/run"))
                .isTrue();
        assertThat(TokenScope.IMPORT.permits("POST", "/api/v1/drop-folders")).isFalse();
        assertThat(TokenScope.IMPORT.permits("DELETE", "/api/v1/imports")).isFalse();
        assertThat(TokenScope.WRITE.permits("DELETE", "/api/v1/tokens/3")).isTrue();
    }

    @Test
    void scopesParseInAnyCaseAndUnknownOnesAreNamed() {
        assertThat(TokenScope.parse(" Import ")).isEqualTo(TokenScope.IMPORT);
        assertThatThrownBy(() -> TokenScope.parse("admin")).hasMessageContaining("read, import or write");
    }
}
