package org.buergerbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CitizenRateLimitFilterTests {

    private final CitizenRateLimitFilter filter = new CitizenRateLimitFilter(
            new CitizenRateLimits(new StompProperties(List.of("https://www.musterstadt.de"), 16384, 3, 5)));

    private MockHttpServletResponse post(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void aConversationGetsItsBudgetOfMessagesPerMinuteThenAProblem() throws Exception {
        String messages = "/api/v1/conversations/" + UUID.randomUUID() + "/messages";
        for (int i = 0; i < 3; i++) {
            assertThat(post(messages, "10.0.0." + i).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = post(messages, "10.0.0.9");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("rate-limited").contains("conversation");
        assertThat(post("/api/v1/conversations/" + UUID.randomUUID() + "/messages", "10.0.0.9").getStatus())
                .as("another conversation").isEqualTo(200);
    }

    @Test
    void anAddressGetsItsBudgetAcrossConversationsAndStarts() throws Exception {
        for (int i = 0; i < 5; i++) {
            String path = i % 2 == 0 ? "/api/v1/conversations" : "/api/v1/conversations/" + UUID.randomUUID() + "/feedback";
            assertThat(post(path, "192.0.2.1").getStatus()).isEqualTo(200);
        }
        assertThat(post("/api/v1/conversations", "192.0.2.1").getStatus()).isEqualTo(429);
        assertThat(post("/api/v1/conversations", "192.0.2.2").getStatus()).as("another address").isEqualTo(200);
    }

    @Test
    void readsAndOtherEndpointsAreNotCounted() throws Exception {
        String id = UUID.randomUUID().toString();
        for (int i = 0; i < 10; i++) {
            MockHttpServletRequest read = new MockHttpServletRequest("GET", "/api/v1/conversations/" + id + "/messages");
            read.setRemoteAddr("198.51.100.1");
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(read, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(post("/api/v1/answer", "198.51.100.1").getStatus()).isEqualTo(200);
        }
    }
}
