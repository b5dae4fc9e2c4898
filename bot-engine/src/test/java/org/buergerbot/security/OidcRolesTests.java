package org.buergerbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class OidcRolesTests {

    @Test
    void mapsKnownRolesFromAListClaimInAnyCase() {
        assertThat(OidcRoles.authorities(Map.of("roles", List.of("clerk", "Editor", "intern")), "roles"))
                .extracting(GrantedAuthority::getAuthority).containsExactlyInAnyOrder("ROLE_CLERK", "ROLE_EDITOR");
    }

    @Test
    void readsSpaceOrCommaSeparatedStringsAndGrantsNothingWithoutTheClaim() {
        assertThat(OidcRoles.authorities(Map.of("groups", "ADMIN, clerk"), "groups"))
                .extracting(GrantedAuthority::getAuthority).containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_CLERK");
        assertThat(OidcRoles.authorities(Map.of("sub", "x"), "roles")).isEmpty();
    }
}
