package org.buergerbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UtteranceIndexTests {

    @Test
    void returnsTheClosestLabelledExamplesFirst() {
        try (UtteranceIndex index = UtteranceIndex.build(TextAnalyzers.english(), List.of(
                new UtteranceIndex.Example("balance", "what is my bank balance"),
                new UtteranceIndex.Example("weather", "what is the weather today"),
                new UtteranceIndex.Example("balance", "how much money is in my account")))) {
            List<Neighbour> near = index.nearest("how much money do I have in my bank account", 2);
            assertThat(near).extracting(Neighbour::label).containsExactly("balance", "balance");
            assertThat(index.nearest("zzz", 3)).isEmpty();
            assertThat(index.nearest("", 3)).isEmpty();
        }
    }

    @Test
    void correctsAMisspeltTermToTheClosestKnownOneAndLeavesTheRest() {
        try (UtteranceIndex index = UtteranceIndex.build(TextAnalyzers.english(), List.of(
                new UtteranceIndex.Example("passport", "renew passport"),
                new UtteranceIndex.Example("garbage", "garbage collection schedule")))) {
            assertThat(index.withSpellingCorrected(List.of("renew", "pasport", "colect", "zzzzzzz", "bin")))
                    .containsExactly("renew", "passport", "collect", "zzzzzzz", "bin");
            // two edits away, or a different first letter: no correction
            assertThat(index.withSpellingCorrected(List.of("paspurt", "gassport"))).containsExactly("paspurt", "gassport");
        }
    }
}
