package org.buergerbot.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Optional single sign-on: users of the municipality's identity provider (OpenID Connect) get the Bürgerbot
 * roles named in one claim of their token ({@code buergerbot.security.oidc.roles-claim}, default {@code roles};
 * values {@code CLERK}, {@code EDITOR}, {@code ADMIN}, any case). Anyone without such a value gets no role.
 */
public class OidcRoles extends OidcUserService {

    /** @param rolesClaim the claim that lists the user's Bürgerbot roles */
    @ConfigurationProperties("buergerbot.security.oidc")
    public record Settings(@DefaultValue("roles") String rolesClaim) {
    }

    private static final Set<String> ROLES = Set.of(SecurityConfiguration.CLERK, SecurityConfiguration.EDITOR,
            SecurityConfiguration.ADMIN);

    private final String rolesClaim;

    public OidcRoles(Settings settings) {
        this.rolesClaim = settings.rolesClaim();
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        return new DefaultOidcUser(authorities(user.getClaims(), rolesClaim), user.getIdToken(), user.getUserInfo());
    }

    /** The Bürgerbot roles in a claim that is a list or a space/comma-separated string. */
    static Set<GrantedAuthority> authorities(Map<String, Object> claims, String claim) {
        Object value = claims.get(claim);
        Collection<?> values = value instanceof Collection<?> c ? c
                : value instanceof String s ? java.util.List.of(s.split("[\\s,]+")) : java.util.List.of();
        Set<GrantedAuthority> authorities = new HashSet<>();
        for (Object v : values) {
            String role = String.valueOf(v).toUpperCase(Locale.ROOT);
            if (ROLES.contains(role)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
            }
        }
        return authorities;
    }
}
