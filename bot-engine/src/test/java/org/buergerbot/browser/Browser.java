package org.buergerbot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless chromium driven through chromedriver, with axe-core for accessibility checks. */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    final WebDriverWait wait;

    Browser(int width, int height) {
        assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium chromium-driver)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        if (width < 500) {
            // Headless Chromium keeps windows at least 500 px wide; a phone is emulated instead.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", true));
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Runs axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) on the page, shadow roots included; returns the
     * violations.
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> axeViolations() {
        if (!Boolean.TRUE.equals(js("return typeof window.axe !== 'undefined'"))) {
            js(axeSource());
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
                   .catch(e => done([{id: 'axe-error', help: String(e)}]));""");
        return (List<Map<String, Object>>) result;
    }

    /** Waits for the citizen widget on the current page and opens it by keyboard; focus is then in its input. */
    Keyboard openWidgetByKeyboard() {
        wait.until(d -> (Boolean) js("const el = document.querySelector('buergerbot-chat');"
                + "return !!(el && el.shadowRoot && el.shadowRoot.querySelector('[data-testid=launcher]'));"));
        Keyboard keys = new Keyboard(this);
        keys.tabTo("launcher");
        keys.press(Keys.ENTER);
        wait.until(d -> "bb-input".equals(keys.focused()));
        return keys;
    }

    /** Logs a clerk in on the console's login page by keyboard and waits for the console. */
    Keyboard logInToConsole(int port, String username, String password) {
        Keyboard keys = new Keyboard(this);
        driver.get("http://localhost:" + port + "/clerk/login.html");
        keys.tabTo("username");
        keys.type(username);
        keys.tabTo("password");
        keys.type(password);
        keys.press(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().endsWith("/clerk/"));
        return keys;
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader()
                .getResourceAsStream("axe.min.js")) {
            assertThat(in).as("axe.min.js of com.deque.html.axe-core:selenium").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
