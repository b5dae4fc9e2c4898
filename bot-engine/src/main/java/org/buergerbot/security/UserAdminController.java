package org.buergerbot.security;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Admins create clerk, editor and admin accounts; passwords are stored hashed. */
@RestController
class UserAdminController {

    private static final Set<String> ROLES = Set.of(SecurityConfiguration.CLERK, SecurityConfiguration.EDITOR,
            SecurityConfiguration.ADMIN);

    private final JdbcUserDetailsManager users;
    private final PasswordEncoder encoder;

    UserAdminController(JdbcUserDetailsManager users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    record NewUser(String username, String password, List<String> roles) {
    }

    @PostMapping("/api/v1/admin/users")
    ResponseEntity<?> create(@RequestBody NewUser user) {
        if (user.username() == null || !user.username().matches("[A-Za-z0-9._-]{2,50}")) {
            return bad("username must be 2 to 50 letters, digits, '.', '_' or '-'.");
        }
        if (user.password() == null || user.password().length() < 12) {
            return bad("password must have at least 12 characters.");
        }
        if (user.roles() == null || user.roles().isEmpty() || !ROLES.containsAll(user.roles())) {
            return bad("roles must be a non-empty subset of " + ROLES + ".");
        }
        if (users.userExists(user.username())) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT, "User " + user.username() + " exists."));
        }
        users.createUser(new User(user.username(), encoder.encode(user.password()),
                user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    private static ResponseEntity<ProblemDetail> bad(String detail) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }
}
