package org.buergerbot.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Component;

/**
 * The first administrator: when the user table is empty and {@code buergerbot.security.bootstrap-admin.password}
 * is set (e.g. {@code BUERGERBOT_SECURITY_BOOTSTRAPADMIN_PASSWORD}), that user is created with all roles.
 * It does nothing once any user exists, so the setting can stay in place.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    /** @param username default {@code admin} */
    @ConfigurationProperties("buergerbot.security.bootstrap-admin")
    record Settings(String username, String password) {
    }

    private final JdbcUserDetailsManager users;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Settings settings;

    BootstrapAdmin(JdbcUserDetailsManager users, JdbcClient jdbc, PasswordEncoder encoder, Settings settings) {
        this.users = users;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        long count = jdbc.sql("select count(*) from users").query(Long.class).single();
        if (count > 0) {
            return;
        }
        if (settings == null || settings.password() == null || settings.password().isBlank()) {
            log.warn("No users yet: set buergerbot.security.bootstrap-admin.password to create the first admin.");
            return;
        }
        String username = settings.username() == null || settings.username().isBlank() ? "admin" : settings.username();
        users.createUser(new User(username, encoder.encode(settings.password()), List.of(
                new SimpleGrantedAuthority("ROLE_" + SecurityConfiguration.ADMIN),
                new SimpleGrantedAuthority("ROLE_" + SecurityConfiguration.CLERK),
                new SimpleGrantedAuthority("ROLE_" + SecurityConfiguration.EDITOR))));
        log.info("Created the first administrator '{}'.", username);
    }
}
