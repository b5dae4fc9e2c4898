package org.buergerbot;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

/** Staff users for tests that share one application context: created once, reused by later tests. */
public final class StaffAccounts {

    private StaffAccounts() {
    }

    /** Creates the user with the role (e.g. {@code ROLE_CLERK}) unless it exists already. */
    public static void ensure(JdbcUserDetailsManager users, PasswordEncoder encoder, String username, String password,
                              String role) {
        if (!users.userExists(username)) {
            users.createUser(new User(username, encoder.encode(password), AuthorityUtils.createAuthorityList(role)));
        }
    }
}
