package org.buergerbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTests {

    @Test
    void composesUmlautsToNfc() {
        assertThat(TextNormalizer.normalize("Fu\u0308hrerschein")).isEqualTo("Führerschein");
    }

    @Test
    void removesZeroWidthBidiAndControlCharacters() {
        assertThat(TextNormalizer.normalize("Pers\u200Bo\u200D\u200F nach\u0000 \u202EAusland\uFEFF"))
                .isEqualTo("Perso nach Ausland");
    }

    @Test
    void collapsesWhitespaceAndTrims() {
        assertThat(TextNormalizer.normalize("  Reise\t\tpass \n\n kosten\u00A0 ")).isEqualTo("Reise pass kosten");
    }

    @Test
    void keepsEmojiAndReturnsEmptyForNothingVisible() {
        assertThat(TextNormalizer.normalize("Danke 👍")).isEqualTo("Danke 👍");
        assertThat(TextNormalizer.normalize("\u200B\u0000 \u200E")).isEmpty();
        assertThat(TextNormalizer.normalize(null)).isEmpty();
    }

    @Test
    void neverTruncates() {
        String long_ = "a".repeat(5000);
        assertThat(TextNormalizer.normalize(long_)).hasSize(5000);
    }
}
