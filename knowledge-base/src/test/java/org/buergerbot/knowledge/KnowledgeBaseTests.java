package org.buergerbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class KnowledgeBaseTests {

    static FaqEntry entry(String id, String service, String title, String... questions) {
        return new FaqEntry(id, service, "de", title, "Kurzantwort zu " + title, "Volltext zu " + title, List.of(),
                List.of(), null, null, List.of(), List.of(), null, new ResponsibleOffice("buergeramt", null, null),
                List.of(), List.of(questions), List.of(), null, LocalDate.of(2026, 11, 23));
    }

    private final KnowledgeBase kb = KnowledgeBase.inMemory(TextAnalyzers.german(
            new AnalysisResources(List.of("perso => personalausweis"), Set.of("personal", "ausweis", "reise", "pass")),
            AnalysisOptions.ALL));

    @Test
    void findsTheEntryByCitizensWords() {
        kb.replaceAll(List.of(
                entry("personalausweis", "personalausweis", "Personalausweis beantragen", "Neuer Ausweis"),
                entry("reisepass", "reisepass", "Reisepass beantragen", "Pass für den Urlaub")));
        assertThat(kb.search("Mein Perso läuft ab", "de", null, 3))
                .first().extracting(h -> h.entry().id()).isEqualTo("personalausweis");
        assertThat(kb.search("reisepaß urlaub", "de", null, 3))
                .first().extracting(h -> h.entry().id()).isEqualTo("reisepass");
    }

    @Test
    void theEntryWithTheNearestQuestionWinsWithinAService() {
        // The general entry has many questions; the special one shares words with the question ("kostet", "pass").
        kb.replaceAll(List.of(
                entry("reisepass", "reisepass", "Reisepass beantragen", "Wie beantrage ich einen Reisepass?",
                        "Was kostet ein Reisepass?", "Welche Unterlagen brauche ich?", "Wie lange dauert es?",
                        "Kann ich den Pass per Post bekommen?", "Brauche ich ein Foto?"),
                entry("reisepass-express", "reisepass", "Expresspass: Reisepass im Eilverfahren",
                        "Was kostet ein Expresspass?", "Wie bekomme ich schnell einen Pass?")));
        assertThat(kb.search("Was kostet ein Reisepass?", "de", "reisepass", 2))
                .extracting(h -> h.entry().id()).containsExactly("reisepass", "reisepass-express");
        assertThat(kb.search("Was kostet der Expresspass?", "de", "reisepass", 1))
                .extracting(h -> h.entry().id()).containsExactly("reisepass-express");
    }

    @Test
    void reindexingAnEntryReplacesItsQuestionsToo() {
        kb.replaceAll(List.of(entry("a", "reisepass", "Reisepass", "Wo gibt es den Gewerbeschein?")));
        kb.upsert(List.of(entry("a", "reisepass", "Reisepass", "Wie beantrage ich einen Pass?")));
        kb.upsert(List.of(entry("a", "reisepass", "Reisepass", "Wie beantrage ich einen Pass?")));
        assertThat(kb.search("gewerbeschein", "de", null, 5)).isEmpty();
        assertThat(kb.search("Wie beantrage ich einen Pass?", "de", null, 5)).hasSize(1);
    }

    @Test
    void filtersByServiceAndLanguage() {
        kb.replaceAll(List.of(entry("a", "reisepass", "Reisepass Kosten", "Was kostet das?"),
                entry("b", "personalausweis", "Personalausweis Kosten", "Was kostet das?")));
        assertThat(kb.search("kosten", "de", "personalausweis", 5)).extracting(h -> h.entry().id()).containsExactly("b");
        assertThat(kb.search("kosten", "en", null, 5)).isEmpty();
    }

    @Test
    void updatesAreIdempotentAndDeletesRemove() {
        FaqEntry pass = entry("reisepass", "reisepass", "Reisepass", "Pass beantragen");
        kb.upsert(List.of(pass));
        kb.upsert(List.of(pass));
        assertThat(kb.search("pass", "de", null, 10)).hasSize(1);
        kb.upsert(List.of(entry("reisepass", "reisepass", "Reisepass neu", "Pass beantragen")));
        assertThat(kb.search("pass", "de", null, 10)).singleElement()
                .extracting(h -> h.entry().title()).isEqualTo("Reisepass neu");
        kb.delete("reisepass");
        assertThat(kb.search("pass", "de", null, 10)).isEmpty();
        assertThat(kb.get("reisepass")).isEmpty();
    }

    @Test
    void hitsInEverySegmentNameTheirOwnEntry() {
        // Each upsert commits a segment of its own, so the later entries' hits lie in later index leaves.
        List<String> topics = List.of("Hundesteuer", "Fischereischein", "Gewerbeanmeldung", "Führungszeugnis",
                "Sperrmüll", "Wohngeld");
        for (String topic : topics) {
            kb.upsert(List.of(entry(topic.toLowerCase(), "dienst", topic, "Frage zu " + topic)));
        }
        kb.delete("gewerbeanmeldung");
        for (String topic : topics) {
            List<FaqHit> hits = kb.search(topic, "de", "dienst", 1);
            if (topic.equals("Gewerbeanmeldung")) {
                assertThat(hits).isEmpty();
            } else {
                assertThat(hits).singleElement().extracting(h -> h.entry().id()).isEqualTo(topic.toLowerCase());
            }
        }
    }

    @Test
    void queryLanguageIsNeverParsedAsSyntax() {
        kb.replaceAll(List.of(entry("reisepass", "reisepass", "Reisepass", "Pass beantragen")));
        for (String hostile : List.of("\"", "*", "AND(", "\\", "pass~ OR title:x^3", "(((", "?*", "[a TO z]", "-")) {
            assertThat(kb.search(hostile, "de", null, 3)).isNotNull();
        }
        assertThat(kb.search("pass* AND(", "de", null, 3)).isNotEmpty();
    }

    @Test
    void searchesRunConcurrentlyWithUpdates() throws Exception {
        kb.replaceAll(List.of(entry("reisepass", "reisepass", "Reisepass", "Pass beantragen")));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        assertThat(kb.search("reisepass beantragen", "de", null, 3)).hasSize(1);
                    }
                }));
            }
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    kb.upsert(List.of(entry("reisepass", "reisepass", "Reisepass " + i, "Pass beantragen")));
                }
            }));
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
