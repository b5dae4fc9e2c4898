package org.buergerbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class GermanAnalysisTests {

    private static final AnalysisResources RESOURCES = new AnalysisResources(
            List.of("perso => personalausweis", "knöllchen, strafzettel => verwarnungsgeld"),
            Set.of("personal", "ausweis", "verlängerung", "führer", "schein"));

    private final Analyzer all = TextAnalyzers.german(RESOURCES, AnalysisOptions.ALL);

    @Test
    void foldsUmlautsAndTheirTransliterationsToTheSameTerm() {
        assertThat(TextAnalyzers.terms(all, "Führerschein"))
                .isEqualTo(TextAnalyzers.terms(all, "fuehrerschein"))
                .isEqualTo(TextAnalyzers.terms(all, "fuhrerschein"));
    }

    @Test
    void splitsCompoundsIntoKnownPartsAndKeepsTheWholeWord() {
        List<String> terms = TextAnalyzers.terms(all, "Personalausweisverlängerung");
        assertThat(terms).contains("personal", "ausweis").hasSizeGreaterThan(3);
    }

    @Test
    void mapsCitizensWordsToOfficialOnes() {
        assertThat(TextAnalyzers.terms(all, "Perso")).isEqualTo(TextAnalyzers.terms(all, "Personalausweis"));
        assertThat(TextAnalyzers.terms(all, "Knöllchen bezahlen")).contains(TextAnalyzers.terms(all, "Verwarnungsgeld")
                .getFirst());
    }

    @Test
    void stemsInflectedForms() {
        assertThat(TextAnalyzers.terms(all, "Ausweises")).isEqualTo(TextAnalyzers.terms(all, "Ausweis"));
    }

    @Test
    void dropsStopwordsOnlyWhenSwitchedOn() {
        assertThat(TextAnalyzers.terms(all, "wie und was")).isEmpty();
        Analyzer noStop = TextAnalyzers.german(RESOURCES, AnalysisOptions.ALL.withStopwords(false));
        assertThat(TextAnalyzers.terms(noStop, "wie und was")).hasSize(3);
    }

    @Test
    void eachPieceCanBeSwitchedOffForMeasurement() {
        Analyzer noFolding = TextAnalyzers.german(RESOURCES, AnalysisOptions.ALL.withUmlautFolding(false));
        assertThat(TextAnalyzers.terms(noFolding, "Führerschein"))
                .isNotEqualTo(TextAnalyzers.terms(noFolding, "fuehrerschein"));
        Analyzer noCompounds = TextAnalyzers.german(RESOURCES, AnalysisOptions.ALL.withDecompounding(false));
        assertThat(TextAnalyzers.terms(noCompounds, "Personalausweisverlängerung")).hasSize(1);
    }

    @Test
    void englishChainStemsWithoutDroppingQuestionWords() {
        assertThat(TextAnalyzers.terms(TextAnalyzers.english(), "What's my balance?"))
                .containsExactly("what", "my", "balanc");
    }
}
