package org.buergerbot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.buergerbot.StaffAccounts;
import org.buergerbot.conversation.ChatClientsAccess;
import org.buergerbot.handoff.ClerkQueue;
import org.buergerbot.handoff.QueueEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

/** The citizen widget on the Musterstadt demo page, in real Chromium, by keyboard only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WidgetIT {

    static final String PASSWORD = "correct horse battery";
    static final String IN_SHADOW = "const root = document.querySelector('buergerbot-chat').shadowRoot;";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcUserDetailsManager users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ClerkQueue queue;

    Browser browser;

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    private long count(String selector) {
        return (Long) browser.js(IN_SHADOW + "return root.querySelectorAll(arguments[0]).length;", selector);
    }

    private String text(String selector) {
        return (String) browser.js(IN_SHADOW + "const all = root.querySelectorAll(arguments[0]);"
                + "return all.length ? all[all.length - 1].textContent : null;", selector);
    }

    private void awaitCount(String selector, long atLeast) {
        browser.wait.until(d -> count(selector) >= atLeast);
    }

    private Keyboard open(int width, int height) {
        browser = new Browser(width, height);
        browser.driver.get("http://localhost:" + port + "/");
        return browser.openWidgetByKeyboard();
    }

    @Test
    void keyboardConversationToAnAnswerAndAClarifyChoiceWithoutAccessibilityViolations() {
        Keyboard keys = open(1280, 900);
        assertThat(browser.js(IN_SHADOW + "return root.querySelector('[data-testid=launcher]')"
                + ".getAttribute('aria-expanded')")).isEqualTo("true");
        keys.type("Was kostet ein Reisepass?");
        keys.press(Keys.ENTER);
        awaitCount("[data-testid=message][data-kind='bot.reply']", 1);
        assertThat(text("[data-testid=message][data-kind='bot.reply']")).contains("Reisepass");

        keys.tabTo("bb-input");
        keys.type("Ausweis");
        keys.press(Keys.ENTER);
        awaitCount("[data-testid=option]", 2);
        keys.tabTo("option");
        keys.press(Keys.ENTER);
        awaitCount("[data-testid=message][data-kind='bot.reply']", 3);

        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) browser.js(IN_SHADOW + """
                return [...root.querySelectorAll('button, input, textarea, a, [tabindex]')]
                  .filter(e => e.getClientRects().length)
                  .map(e => [e, e.getBoundingClientRect()])
                  .filter(([e, r]) => (r.width < 44 || r.height < 44) && !(e.tagName === 'A' && e.closest('p, li')))
                  .map(([e, r]) => (e.dataset.testid || e.className || e.tagName) + ' ' + r.width + 'x' + r.height);""");
        assertThat(small).as("touch targets of at least 44 x 44 px (links inside text excepted)").isEmpty();

        List<Map<String, Object>> violations = browser.axeViolations();
        browser.screenshot(Path.of("target/screenshots/widget-open.png"));
        assertThat(violations).as("axe on the demo page with the widget open").isEmpty();

        keys.press(Keys.ESCAPE);
        browser.wait.until(d -> "launcher".equals(keys.focused()));
    }

    @Test
    void handOffToAClerkWhoAnswersAndAReloadResumesWithoutDuplicates() throws Exception {
        StaffAccounts.ensure(users, encoder, "clerk1", PASSWORD, "ROLE_CLERK");
        Keyboard keys = open(360, 740);
        keys.type("<img src=x onerror=\"window.__xss=1\">");
        keys.press(Keys.ENTER);
        awaitCount("[data-testid=message][data-kind='bot.reply']", 1);
        browser.js("""
                window.__posted = [];
                const original = window.fetch;
                window.fetch = (url, options) => {
                  if (options && options.body) { window.__posted.push(options.body); }
                  return original(url, options);
                };""");
        keys.tabTo("human");
        keys.press(Keys.ENTER);
        browser.wait.until(d -> count("[data-testid=queue-status]") + count("[data-testid=callback-form]") > 0);
        assertThat(String.valueOf(browser.js("return window.__posted.join('\\n')")))
                .as("the button states the intent instead of relying on the classifier")
                .contains("\"intent\":\"human-handoff\"");

        @SuppressWarnings("unchecked")
        List<String> stored = (List<String>) browser.js("""
                for (let i = 0; i < sessionStorage.length; i++) {
                  try {
                    const v = JSON.parse(sessionStorage.getItem(sessionStorage.key(i)));
                    const id = v.id || v.conversationId;
                    if (id && v.token) { return [id, v.token]; }
                  } catch (e) { /* not ours */ }
                }
                return null;""");
        assertThat(stored).as("conversation id and token in sessionStorage").isNotNull();
        String id = stored.get(0);
        String token = stored.get(1);
        assertThat(id).isNotNull();
        ChatClientsAccess api = new ChatClientsAccess(port);
        String xss = "<script>window.__xss=2</script>Bitte bringen Sie Ihren Ausweis mit.";
        assertThat(api.clerkReplies("clerk1", PASSWORD, new ChatClientsAccess.Chat(id, token), xss)).isEqualTo(200);
        awaitCount("[data-testid=message][data-sender=CLERK]", 1);
        assertThat(text("[data-testid=message][data-sender=CLERK]")).contains("<script>");
        assertThat(browser.js("return window.__xss")).isNull();
        browser.screenshot(Path.of("target/screenshots/widget-360px.png"));
        assertThat(browser.js("return window.innerWidth")).isEqualTo(360L);
        assertFitsTheViewportWidth();

        long before = count("[data-testid=message]");
        browser.driver.navigate().refresh();
        browser.wait.until(d -> (Boolean) browser.js("const el = document.querySelector('buergerbot-chat');"
                + "return !!(el && el.shadowRoot);"));
        browser.js(IN_SHADOW + "const b = root.querySelector('[data-testid=launcher]');"
                + "if (b.getAttribute('aria-expanded') !== 'true') b.click();");
        browser.wait.until(d -> count("[data-testid=message]") >= before);
        assertThat(count("[data-testid=message]")).as("resumed without duplicates").isEqualTo(before);
        assertThat(browser.js("return window.__xss")).isNull();

        // The citizen ends the chat by keyboard: the transcript says so and the clerk queue lets it go.
        Keyboard again = new Keyboard(browser);
        again.tabTo("leave");
        again.press(Keys.ENTER);
        browser.wait.until(d -> count("[data-testid=message][data-kind=event]") > 0
                && String.valueOf(text("[data-testid=message][data-kind=event]")).contains("beendet"));
        assertThat(queue.find(java.util.UUID.fromString(id)).orElseThrow().status())
                .isEqualTo(QueueEntry.Status.ABANDONED);
    }

    @Test
    void worksOnAMunicipalPageOfAnotherOrigin() {
        // The page comes from 127.0.0.1, the widget from localhost: modules, texts, API and WebSocket cross origins.
        browser = new Browser(1280, 900);
        browser.driver.get("http://127.0.0.1:" + port + "/datenschutz.html");
        browser.js("const s = document.createElement('script'); s.src = arguments[0]; s.async = true;"
                + "document.body.append(s);", "http://localhost:" + port + "/widget.js");
        Keyboard keys = browser.openWidgetByKeyboard();
        keys.type("Wie viel kostet der Reisepass?");
        keys.press(Keys.ENTER);
        awaitCount("[data-testid=message][data-kind='bot.reply']", 1);
        assertThat(text("[data-testid=message][data-kind='bot.reply']")).contains("Reisepass");
        assertThat(browser.js("return document.cookie")).isEqualTo("");
    }

    /** The open panel is no wider than the viewport and nothing in it needs horizontal scrolling. */
    private void assertFitsTheViewportWidth() {
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) browser.js(IN_SHADOW + """
                const width = document.documentElement.clientWidth;
                // Screen-reader-only text is clipped on purpose.
                return [...root.querySelectorAll('*:not(.sr, .visually-hidden)')].filter(e => e.getClientRects().length)
                  .filter(e => { const r = e.getBoundingClientRect(); return r.left < -1 || r.right > width + 1
                                 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible'; })
                  .map(e => (e.dataset.testid || e.className || e.tagName));""");
        assertThat(overflowing).as("clipped or horizontally scrolling parts of the widget").isEmpty();
    }

    @Test
    void readableAt200PercentText() {
        // Text enlarged to 200% (WCAG 1.4.4): everything still fits, nothing is clipped, the input stays usable.
        Keyboard keys = open(1280, 900);
        browser.js("document.documentElement.style.fontSize = '200%';"
                + "document.querySelector('buergerbot-chat').style.fontSize = '200%';");
        keys.type("Was kostet ein Reisepass?");
        keys.press(Keys.ENTER);
        awaitCount("[data-testid=message][data-kind='bot.reply']", 1);
        browser.screenshot(Path.of("target/screenshots/widget-200-percent.png"));
        assertFitsTheViewportWidth();
        // The answer is shown from its top; typing the next question brings the input back into view.
        keys.tabTo("bb-input");
        keys.type("Und");
        assertThat(browser.js(IN_SHADOW + "const r = root.querySelector('#bb-input').getBoundingClientRect();"
                + "return r.top >= -1 && r.bottom <= window.innerHeight + 1;")).as("input visible while typing")
                .isEqualTo(true);
        assertThat(browser.axeViolations()).isEmpty();
    }
}
