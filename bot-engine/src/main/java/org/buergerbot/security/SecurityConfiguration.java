package org.buergerbot.security;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Citizens need no account: the answer API is public and conversations are protected by
 * their token. Clerks, editors and admins are users in the database with hashed passwords; they log in with a
 * form (consoles) or HTTP Basic (API clients). Session-based calls need a CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CLERK = "CLERK";
    static final String EDITOR = "EDITOR";
    static final String ADMIN = "ADMIN";

    @Bean
    SecurityFilterChain security(HttpSecurity http, StompProperties origins,
                                 ObjectProvider<ClientRegistrationRepository> oidc, OidcRoles.Settings oidcSettings)
            throws Exception {
        if (oidc.getIfAvailable() != null) {
            // Single sign-on only where spring.security.oauth2.client.registration.* is configured.
            http.oauth2Login(login -> login.loginPage("/clerk/login.html").defaultSuccessUrl("/clerk/", true)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcRoles(oidcSettings))));
        }
        http.cors(cors -> cors.configurationSource(citizenCors(origins)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/answer", "/api/v1/conversations", "/api/v1/conversations/**",
                                "/api/v1/csrf", "/ws", "/ws/**", "/actuator/health", "/actuator/health/**", "/error",
                                "/", "/index.html", "/datenschutz.html", "/widget.js", "/widget/**", "/webjars/**",
                                "/clerk/login.html", "/clerk/clerk.css", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/api/v1/clerk/**", "/clerk/**").hasAnyRole(CLERK, ADMIN)
                        .requestMatchers("/api/v1/admin/**", "/actuator/**").hasRole(ADMIN)
                        .anyRequest().authenticated())
                // Token-authenticated citizen calls carry no cookie, so there is nothing for CSRF to protect.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/answer", "/api/v1/conversations",
                        "/api/v1/conversations/**"))
                .formLogin(form -> form.loginPage("/clerk/login.html").loginProcessingUrl("/login")
                        .defaultSuccessUrl("/clerk/", true).failureUrl("/clerk/login.html?error").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/clerk/login.html?logout"))
                // API clients get 401, browsers on console pages the login page.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
                .httpBasic(withDefaults());
        return http.build();
    }

    /** The widget runs on the municipality's pages: its origins may call the citizen API, without cookies. */
    private static UrlBasedCorsConfigurationSource citizenCors(StompProperties origins) {
        CorsConfiguration citizen = new CorsConfiguration();
        citizen.setAllowedOriginPatterns(origins.allowedOrigins());
        citizen.setAllowedMethods(List.of("GET", "POST"));
        citizen.setAllowedHeaders(List.of("Content-Type", "X-Conversation-Token"));
        citizen.setAllowCredentials(false);
        // The widget loads its modules and texts from here with import() and fetch(), which need CORS too.
        CorsConfiguration widgetAssets = new CorsConfiguration();
        widgetAssets.setAllowedOriginPatterns(origins.allowedOrigins());
        widgetAssets.setAllowedMethods(List.of("GET", "HEAD"));
        widgetAssets.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/widget/**", widgetAssets);
        source.registerCorsConfiguration("/api/v1/answer", citizen);
        source.registerCorsConfiguration("/api/v1/conversations/**", citizen);
        source.registerCorsConfiguration("/api/v1/conversations", citizen);
        return source;
    }

    @Bean
    JdbcUserDetailsManager users(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
