package org.buergerbot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.buergerbot.StaffAccounts;
import org.buergerbot.conversation.ChatClientsAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

import tools.jackson.databind.JsonNode;

/** A clerk logs in, claims a chat and answers it by keyboard only, in real Chromium, with zero axe violations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClerkConsoleIT {

    static final String PASSWORD = "correct horse battery";
    static final String XSS = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcUserDetailsManager users;
    @Autowired
    PasswordEncoder encoder;

    Browser browser;
    Keyboard keys;

    @BeforeEach
    void setUp() {
        StaffAccounts.ensure(users, encoder, "clerk1", PASSWORD, "ROLE_CLERK");
        browser = new Browser(1280, 900);
        keys = new Keyboard(browser);
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void clerkClaimsAndAnswersByKeyboardOnly() throws Exception {
        ChatClientsAccess citizenApi = new ChatClientsAccess(port);
        ChatClientsAccess.Chat citizen = citizenApi.startConversation();
        citizenApi.say(citizen, "m1", "Ich möchte mit einem Menschen sprechen");
        citizenApi.say(citizen, "m2", XSS);

        browser.driver.get("http://localhost:" + port + "/clerk/login.html");
        assertThat(browser.axeViolations()).as("axe on the login page").isEmpty();
        browser.logInToConsole(port, "clerk1", PASSWORD);

        browser.wait.until(d -> !d.findElements(By.cssSelector(
                "[data-testid=queue-item][data-conversation-id='" + citizen.id() + "']")).isEmpty());
        keys.tabTo("claim");
        keys.press(Keys.ENTER);
        browser.wait.until(d -> d.findElements(By.cssSelector("[data-testid=transcript] [data-testid=message]"))
                .size() >= 3);
        // The citizen's markup is shown as text and never runs.
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=transcript]")).getText()).contains("<img src=x");
        assertThat(browser.js("return window.__xss")).isNull();

        keys.tabTo("reply");
        keys.type("Guten Tag, ich bin Frau Muster vom Bürgeramt.");
        keys.press(Keys.ENTER);
        browser.wait.until(d -> citizenApi.transcript(citizen).stream()
                .anyMatch(m -> "CLERK".equals(m.get("sender").asString())));
        List<JsonNode> transcript = citizenApi.transcript(citizen);
        assertThat(transcript.getLast().get("body").get("text").asString())
                .isEqualTo("Guten Tag, ich bin Frau Muster vom Bürgeramt.");

        List<Map<String, Object>> violations = browser.axeViolations();
        browser.screenshot(Path.of("target/screenshots/clerk-console.png"));
        assertThat(violations).as("axe on the console with a chat open").isEmpty();
    }
}
