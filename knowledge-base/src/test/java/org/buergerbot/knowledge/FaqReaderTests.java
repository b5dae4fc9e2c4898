package org.buergerbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class FaqReaderTests {

    private final FaqReader reader = new FaqReader(new FaqValidator(new ServiceCatalog(List.of(
            new ServiceCatalog.Item("reisepass", ServiceCatalog.Kind.SERVICE, "Meldewesen", "Reisepass", "Passport"),
            new ServiceCatalog.Item("greeting", ServiceCatalog.Kind.CONVERSATION, "Gespräch", "Hallo", "Hi")))));

    static String entry(String overrides) {
        return """
                {"id": "reisepass", "service": "reisepass", "lang": "de", "title": "Reisepass",
                 "shortAnswer": "Beantragen Sie den Pass persönlich.", "fullText": "Text.",
                 "responsibleOffice": {"office": "buergeramt"},
                 "questions": ["Wie bekomme ich einen Pass?", "Reisepass beantragen", "Pass kosten"],
                 "links": [{"title": "Portal", "url": "https://www.personalausweisportal.de"}],
                 "onlineService": {"title": "Termin", "url": "{{links.appointment}}"},
                 "lastReviewed": "2026-11-23" %s}
                """.formatted(overrides);
    }

    private List<FaqEntry> read(String json) {
        return reader.read("faq/de/reisepass.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "reisepass");
    }

    @Test
    void readsAValidEntry() {
        List<FaqEntry> entries = read("{\"entries\": [" + entry("") + "]}");
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Reisepass");
            assertThat(e.lastReviewed()).hasToString("2026-11-23");
            assertThat(e.requiredDocuments()).isEmpty();
        });
    }

    @Test
    void namesFileEntryAndFieldOfEveryProblem() {
        String bad = entry(", \"shortAnswer\": \"%s\", \"links\": [{\"title\": \"x\", \"url\": \"http://insecure.example\"}]"
                .formatted("x".repeat(401))).replace("\"shortAnswer\": \"Beantragen Sie den Pass persönlich.\",", "");
        assertThatThrownBy(() -> read("{\"entries\": [" + bad + "]}"))
                .isInstanceOf(InvalidKnowledgeException.class)
                .satisfies(e -> assertThat(((InvalidKnowledgeException) e).problems())
                        .extracting(ValidationProblem::source, ValidationProblem::entryId, ValidationProblem::field)
                        .contains(org.assertj.core.groups.Tuple.tuple("faq/de/reisepass.json", "reisepass", "shortAnswer"),
                                org.assertj.core.groups.Tuple.tuple("faq/de/reisepass.json", "reisepass", "links[0].url")));
    }

    @Test
    void reportsUnknownFieldsWithTheirPath() {
        assertThatThrownBy(() -> read("{\"entries\": [" + entry(", \"shortanswer\": \"typo\"") + "]}"))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("faq/de/reisepass.json")
                .hasMessageContaining("entries[0].shortanswer");
    }

    @Test
    void reportsMalformedJson() {
        assertThatThrownBy(() -> read("{\"entries\": [ {\"id\": }"))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("faq/de/reisepass.json");
    }

    @Test
    void rejectsEntriesOfAnotherServiceOrConversationIntentsAndDuplicateIds() {
        String greeting = entry("").replace("\"service\": \"reisepass\"", "\"service\": \"greeting\"");
        assertThatThrownBy(() -> read("{\"entries\": [" + greeting + "," + entry("") + "]}"))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("not a service of the catalogue")
                .hasMessageContaining("must be 'reisepass' in this file")
                .hasMessageContaining("used by more than one entry");
    }
}
