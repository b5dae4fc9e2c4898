package org.buergerbot.browser;

import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** Keyboard-only interaction: Tab to a control (through shadow roots), then type or press keys. */
final class Keyboard {

    static final String FOCUSED = """
            let a = document.activeElement;
            while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
            return a ? (a.getAttribute('data-testid') || a.id || a.getAttribute('name') || a.tagName) : null;""";

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    String focused() {
        return (String) browser.js(FOCUSED);
    }

    /** Presses Tab until the focused control has this data-testid, id or name (at most 80 times). */
    void tabTo(String target) {
        for (int i = 0; i < 80; i++) {
            if (target.equals(focused())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + target + "; focus is on " + focused());
    }

    void press(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    void type(String text) {
        new Actions(browser.driver).sendKeys(text).perform();
    }
}
