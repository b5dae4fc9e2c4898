package org.buergerbot.security;

import java.util.Map;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Hands a logged-in console its CSRF token, for state-changing calls and the STOMP CONNECT frame. */
@RestController
class CsrfController {

    @GetMapping("/api/v1/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }
}
