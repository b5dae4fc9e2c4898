package org.buergerbot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.buergerbot.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

/**
 * A corpus of markup typed by a citizen in the widget and answered, line by line, by a clerk in the console: in
 * both front ends every line shows as text, no element of it is created and nothing of it runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class XssCorpusIT {

    static final String PASSWORD = "correct horse battery";
    static final String IN_SHADOW = "const root = document.querySelector('buergerbot-chat').shadowRoot;";
    /** Elements that only markup from a message could have created (the console folds bot answers in its own details). */
    static final String INJECTED = "img, script, svg, iframe, details:not(.msg-answer), math, style, body, input:not([id])";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcUserDetailsManager users;
    @Autowired
    PasswordEncoder encoder;

    Browser citizen;
    Browser clerk;

    @AfterEach
    void tearDown() {
        for (Browser b : new Browser[] {citizen, clerk}) {
            if (b != null) {
                b.close();
            }
        }
    }

    static List<String> corpus() {
        try (InputStream in = XssCorpusIT.class.getResourceAsStream("/browser/xss-corpus.txt")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean handedOver() {
        return inWidget("[data-testid=human][hidden]") > 0;
    }

    private long inWidget(String selector) {
        return (Long) citizen.js(IN_SHADOW + "return root.querySelectorAll(arguments[0]).length;", selector);
    }

    @Test
    void markupFromCitizenAndClerkStaysTextInTheWidgetAndTheConsole() {
        StaffAccounts.ensure(users, encoder, "clerk-xss", PASSWORD, "ROLE_CLERK");
        List<String> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(15);

        // The citizen types every line into the widget, then asks for a person.
        citizen = new Browser(1280, 900);
        citizen.driver.get("http://localhost:" + port + "/");
        Keyboard citizenKeys = citizen.openWidgetByKeyboard();
        for (int i = 0; i < corpus.size(); i++) {
            citizenKeys.tabTo("bb-input");
            citizenKeys.type(corpus.get(i));
            citizenKeys.press(Keys.ENTER);
            long sent = i + 1;
            // Settled once the bot has replied, or once it has handed the chat over (then it no longer replies).
            citizen.wait.until(d -> inWidget("[data-testid=message][data-sender=CITIZEN]") >= sent
                    && (inWidget("[data-testid=message][data-sender=BOT]") >= sent || handedOver()));
        }
        // A line of markup the bot cannot place may already have been handed over as an open question.
        if (!handedOver()) {
            citizenKeys.tabTo("human");
            citizenKeys.press(Keys.ENTER);
        }
        String id = (String) citizen.js("""
                for (let i = 0; i < sessionStorage.length; i++) {
                  try { const v = JSON.parse(sessionStorage.getItem(sessionStorage.key(i))); if (v.id) return v.id; }
                  catch (e) { /* not ours */ }
                }
                return null;""");
        assertThat(id).isNotNull();

        // The clerk claims that chat in the console and answers with every line of the corpus.
        clerk = new Browser(1280, 900);
        Keyboard clerkKeys = clerk.logInToConsole(port, "clerk-xss", PASSWORD);
        String item = "[data-testid=queue-item][data-conversation-id='" + id + "']";
        clerk.wait.until(d -> !d.findElements(By.cssSelector(item + " [data-testid=claim]")).isEmpty());
        clerk.driver.findElement(By.cssSelector(item + " [data-testid=claim]")).click();
        clerk.wait.until(d -> d.findElements(By.cssSelector("[data-testid=transcript] [data-testid=message]"))
                .size() >= corpus.size());
        for (String line : corpus) {
            clerkKeys.tabTo("reply");
            clerkKeys.type(line);
            clerkKeys.press(Keys.ENTER);
        }
        citizen.wait.until(d -> inWidget("[data-testid=message][data-sender=CLERK]") >= corpus.size());
        clerk.wait.until(d -> d.findElements(By.cssSelector(
                "[data-testid=transcript] [data-testid=message][data-sender=CLERK]")).size() >= corpus.size());

        String consoleText = clerk.driver.findElement(By.cssSelector("[data-testid=transcript]")).getText();
        String widgetText = (String) citizen.js(IN_SHADOW + "return root.querySelector('[role=log]').textContent;");
        for (String line : corpus) {
            assertThat(consoleText).as("console shows as text: %s", line).contains(line);
            assertThat(widgetText).as("widget shows as text: %s", line).contains(line);
        }
        @SuppressWarnings("unchecked")
        List<String> injected = (List<String>) clerk.js("return [...document.querySelectorAll(arguments[0])]"
                + ".map(e => e.outerHTML);", "[data-testid=transcript] :is(" + INJECTED + ")");
        assertThat(injected).as("elements created from messages in the console").isEmpty();
        assertThat(inWidget("[role=log] :is(" + INJECTED + ")")).as("elements created in the widget").isZero();
        assertThat(inWidget("[role=log] a[href^='javascript:' i]")).isZero();
        assertThat(citizen.js("return window.__xss")).as("script ran in the widget").isNull();
        assertThat(clerk.js("return window.__xss")).as("script ran in the console").isNull();
    }
}
