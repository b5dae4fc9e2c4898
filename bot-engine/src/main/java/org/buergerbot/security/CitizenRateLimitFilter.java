package org.buergerbot.security;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the citizen rate limits to the REST calls that write: starting a conversation (per address) and
 * messages, feedback and callback requests (per address and per conversation). Over the limit: 429 with a
 * problem body and {@code Retry-After}, and nothing is stored.
 */
@Component
class CitizenRateLimitFilter extends OncePerRequestFilter {

    private static final Pattern WRITE =
            Pattern.compile("/api/v1/conversations(?:/([0-9a-fA-F-]{36})/(?:messages|feedback|callback))?");

    private final CitizenRateLimits limits;

    CitizenRateLimitFilter(CitizenRateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !WRITE.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = WRITE.matcher(request.getRequestURI());
        m.matches();
        String conversation = m.group(1);
        if (!limits.addressMayPost(request.getRemoteAddr())) {
            refuse(response, "Too many messages from this address; please wait a minute.");
        } else if (conversation != null && !limits.conversationMayPost(conversation.toLowerCase())) {
            refuse(response, "Too many messages in this conversation; please wait a minute.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", "60");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"https://buergerbot.org/problems/rate-limited\","
                + "\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"" + detail + "\"}");
    }
}
