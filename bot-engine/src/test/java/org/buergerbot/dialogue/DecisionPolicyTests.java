package org.buergerbot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.buergerbot.nlu.IntentPrediction;
import org.buergerbot.nlu.ScoredIntent;
import org.junit.jupiter.api.Test;

class DecisionPolicyTests {

    private final DecisionPolicy policy = new DecisionPolicy(new DecisionThresholds(0.5, 0.45, 0.12, 0.5, 0.45));

    private static IntentPrediction prediction(Object... intentsAndConfidences) {
        List<ScoredIntent> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < intentsAndConfidences.length; i += 2) {
            ranked.add(new ScoredIntent((String) intentsAndConfidences[i], (Double) intentsAndConfidences[i + 1]));
        }
        return new IntentPrediction(ranked);
    }

    @Test
    void answersAConfidentServiceQuestion() {
        Decision d = policy.decide(prediction("reisepass", 0.8, "personalausweis", 0.1, "off-topic", 0.1));
        assertThat(d.action()).isEqualTo(Action.ANSWER);
        assertThat(d.intent()).isEqualTo("reisepass");
    }

    @Test
    void offersCloseServicesAsOptionsWhenTopTwoAreTooClose() {
        Decision d = policy.decide(prediction("reisepass", 0.4, "personalausweis", 0.35, "ausweis-verlust", 0.13,
                "off-topic", 0.12));
        assertThat(d.action()).isEqualTo(Action.CLARIFY);
        assertThat(d.options()).containsExactly("reisepass", "personalausweis", "ausweis-verlust");
    }

    @Test
    void neverOffersMoreThanThreeOptionsNorWeakOnes() {
        Decision d = policy.decide(prediction("a", 0.3, "b", 0.25, "c", 0.2, "d", 0.15, "e", 0.1));
        assertThat(d.options()).containsExactly("a", "b", "c");
        Decision weak = policy.decide(prediction("a", 0.3, "b", 0.11, "c", 0.1));
        assertThat(weak.action()).isEqualTo(Action.HANDOFF);
    }

    @Test
    void handsOffWhenAnAdministrativeQuestionIsUnclear() {
        Decision d = policy.decide(prediction("reisepass", 0.2, "off-topic", 0.15, "greeting", 0.1));
        assertThat(d.action()).isEqualTo(Action.HANDOFF);
        assertThat(d.intent()).isNull();
    }

    @Test
    void handsOffWhenTheCitizenAsksForAHuman() {
        Decision d = policy.decide(prediction("human-handoff", 0.7, "reisepass", 0.2));
        assertThat(d.action()).isEqualTo(Action.HANDOFF);
        assertThat(d.intent()).isEqualTo("human-handoff");
    }

    @Test
    void smalltalkForGreetingsAndQuestionsAboutTheBot() {
        assertThat(policy.decide(prediction("greeting", 0.9, "reisepass", 0.1)).action()).isEqualTo(Action.SMALLTALK);
        assertThat(policy.decide(prediction("about-bot", 0.6, "reisepass", 0.1)).intent()).isEqualTo("about-bot");
    }

    @Test
    void declinesOffTopicEvenWhenNotVeryConfidentIfNoServiceIsClose() {
        assertThat(policy.decide(prediction("off-topic", 0.8, "reisepass", 0.1)).action()).isEqualTo(Action.DECLINE);
        assertThat(policy.decide(prediction("off-topic", 0.3, "reisepass", 0.2)).action()).isEqualTo(Action.DECLINE);
    }

    @Test
    void aConfidentServiceBeatsAWeakOffTopicGuessBelowTheDeclineThreshold() {
        Decision d = policy.decide(prediction("off-topic", 0.4, "reisepass", 0.55));
        assertThat(d.action()).isEqualTo(Action.ANSWER);
    }
}
