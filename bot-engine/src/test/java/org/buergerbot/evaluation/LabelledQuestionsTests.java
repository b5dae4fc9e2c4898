package org.buergerbot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.buergerbot.knowledge.ServiceCatalog;
import org.buergerbot.nlu.IntentSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledQuestionsTests {

    private static final ServiceCatalog CATALOG = ServiceCatalog.fromClasspath();

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("questions.tsv"), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsLabelledQuestionsAndSkipsCommentsAndBlankLines() throws IOException {
        Path file = file("# aus dem Postfach, November\npersonalausweis\tPerso abgelaufen, was nun?\n\n"
                + "off-topic\tWie wird das Wetter?\nhuman-handoff\t Ich will einen Menschen sprechen \n");
        assertThat(LabelledQuestions.read(file, CATALOG)).containsExactly(
                new IntentSample("personalausweis", "Perso abgelaufen, was nun?"),
                new IntentSample("off-topic", "Wie wird das Wetter?"),
                new IntentSample("human-handoff", "Ich will einen Menschen sprechen"));
    }

    @Test
    void namesTheFileAndLineOfABadLine() throws IOException {
        Path unknown = file("reisepass\tWas kostet der Pass?\nreisepas\tWas kostet der Pass?\n");
        assertThatThrownBy(() -> LabelledQuestions.read(unknown, CATALOG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(unknown + ":2: unknown intent 'reisepas'");
        Path noTab = file("reisepass Was kostet der Pass?\n");
        assertThatThrownBy(() -> LabelledQuestions.read(noTab, CATALOG))
                .hasMessageContaining(noTab + ":1: expected <intent><TAB><question>");
        Path noQuestion = file("reisepass\t \n");
        assertThatThrownBy(() -> LabelledQuestions.read(noQuestion, CATALOG))
                .hasMessageContaining(":1: expected");
    }

    @Test
    void refusesAFileWithoutQuestionsOrNotInUtf8() throws IOException {
        Path empty = file("# nur ein Kommentar\n");
        assertThatThrownBy(() -> LabelledQuestions.read(empty, CATALOG)).hasMessageContaining("no labelled questions");
        Path latin1 = Files.write(dir.resolve("latin1.tsv"), "reisepass\tGebühr?\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> LabelledQuestions.read(latin1, CATALOG)).hasMessageContaining("not UTF-8");
    }
}
