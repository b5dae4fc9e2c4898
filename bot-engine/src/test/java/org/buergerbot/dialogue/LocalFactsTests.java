package org.buergerbot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalFactsTests {

    private final LocalFacts facts = new LocalFacts(new MunicipalityProperties("Musterstadt", "115",
            Map.of("buergeramt", new MunicipalityProperties.Office("Bürgeramt", "Rathausplatz 1", "0123 1",
                    "b@example.org", "Mo 8-12", "https://b.example.org"),
                    "standesamt", new MunicipalityProperties.Office("Standesamt", null, null, null, null, null)),
            Map.of("appointment", "https://termine.example.org")));

    @Test
    void fillsMunicipalityOfficeAndLinkPlaceholders() {
        assertThat(facts.fill("{{office.name}} in {{municipality.name}}, {{office.hours}}: {{links.appointment}}",
                "buergeramt")).isEqualTo("Bürgeramt in Musterstadt, Mo 8-12: https://termine.example.org");
        assertThat(facts.fill("Wenden Sie sich an {{offices.standesamt.name}}.", "buergeramt"))
                .isEqualTo("Wenden Sie sich an Standesamt.");
    }

    @Test
    void neverLeaksBracesForUnknownOrUnconfiguredPlaceholders() {
        String filled = facts.fill("{{office.name}} / {{offices.standesamt.phone}} / {{unknown.thing}}", null);
        assertThat(filled).doesNotContain("{{").doesNotContain("}}").contains("die zuständige Stelle", "115");
    }

    @Test
    void leavesTextWithoutPlaceholdersAlone() {
        assertThat(facts.fill("Keine Platzhalter $1 \\ hier", "buergeramt")).isEqualTo("Keine Platzhalter $1 \\ hier");
    }
}
