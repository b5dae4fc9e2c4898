package org.buergerbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.buergerbot.BotApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

import tools.jackson.databind.JsonNode;

/** The server restarted in the middle of a queued chat: the queue, the transcript and the token survive. */
class RestartTests {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BotApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--buergerbot.nlu.model-cache=target/test-models");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Test
    void aQueuedChatSurvivesARestart() throws Exception {
        ChatClients.Citizen citizen;
        try (ConfigurableApplicationContext app = start()) {
            app.getBean(JdbcUserDetailsManager.class).createUser(new User("clerk1",
                    app.getBean(PasswordEncoder.class).encode("correct horse battery"),
                    AuthorityUtils.createAuthorityList("ROLE_CLERK")));
            ChatClients clients = new ChatClients(port(app));
            citizen = clients.startConversation();
            assertThat(clients.citizenPost(citizen, "/messages",
                    ChatClients.message("m1", "Ich brauche bitte einen Mitarbeiter")).statusCode()).isEqualTo(202);
        }
        assertThat(Files.list(dataDir).toList()).isNotEmpty();

        try (ConfigurableApplicationContext app = start()) {
            ChatClients clients = new ChatClients(port(app));
            ChatClients.Staff clerk = clients.login("clerk1", "correct horse battery");
            JsonNode queue = ChatClients.JSON.readTree(clients.staffGet(clerk, "/api/v1/clerk/queue").body());
            assertThat(queue).extracting(e -> e.get("conversationId").asString()).contains(citizen.id());
            assertThat(clients.staffPost(clerk, "/api/v1/clerk/queue/" + citizen.id() + "/claim", java.util.Map.of())
                    .statusCode()).isEqualTo(200);
            List<JsonNode> transcript = clients.transcript(citizen, 0);
            assertThat(transcript).extracting(m -> m.get("seq").asLong()).containsExactly(1L, 2L, 3L, 4L);
            assertThat(transcript.getLast().get("body").get("type").asString()).isEqualTo("clerk.joined");
        }
    }
}
