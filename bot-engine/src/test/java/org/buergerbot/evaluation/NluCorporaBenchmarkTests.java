package org.buergerbot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.buergerbot.nlu.IntentSample;
import org.buergerbot.nlu.ScoredIntent;
import org.junit.jupiter.api.Test;

class NluCorporaBenchmarkTests {

    @Test
    void intentNamesBecomeOneLowerCaseSentenceEach() {
        assertThat(NluCorporaBenchmark.sentenceOf("DepartureTime")).isEqualTo("departure time");
        assertThat(NluCorporaBenchmark.sentenceOf("Setup Printer")).isEqualTo("setup printer");
        assertThat(NluCorporaBenchmark.sentenceOf("pto_request_status")).isEqualTo("pto request status");
    }

    @Test
    void everyIntentButNoneGetsItsNameAsATrainingSentence() {
        List<IntentSample> train = List.of(new IntentSample("Filter Spam", "Stopping spam in Gmail"),
                new IntentSample("Filter Spam", "Twitter spam"), new IntentSample("None", "Email Google Form daily?"));
        assertThat(NluCorporaBenchmark.withIntentNames(train)).containsExactly(train.get(0), train.get(1),
                train.get(2), new IntentSample("Filter Spam", "filter spam"));
    }

    @Test
    void noneIsPredictedBelowTheThresholdOnlyWhereTheCorpusHasIt() {
        ScoredIntent unsure = new ScoredIntent("Delete Account", 0.2);
        assertThat(NluCorporaBenchmark.predicted(unsure, true, 0.25)).isEqualTo("None");
        assertThat(NluCorporaBenchmark.predicted(unsure, false, 0.25)).isEqualTo("Delete Account");
        assertThat(NluCorporaBenchmark.predicted(new ScoredIntent("Delete Account", 0.3), true, 0.25))
                .isEqualTo("Delete Account");
    }
}
