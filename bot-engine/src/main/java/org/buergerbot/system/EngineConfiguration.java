package org.buergerbot.system;

import java.util.Map;

import org.buergerbot.dialogue.AnswerEngine;
import org.buergerbot.dialogue.DecisionPolicy;
import org.buergerbot.dialogue.DecisionThresholds;
import org.buergerbot.dialogue.LocalFacts;
import org.buergerbot.dialogue.MunicipalityProperties;
import org.buergerbot.knowledge.AnalysisOptions;
import org.buergerbot.knowledge.KnowledgeBase;
import org.buergerbot.knowledge.ServiceCatalog;
import org.buergerbot.nlu.HybridIntentClassifier;
import org.buergerbot.nlu.IntentModels;
import org.buergerbot.nlu.LanguageDetection;
import org.buergerbot.nlu.ModelCache;
import org.buergerbot.nlu.NluProperties;
import org.buergerbot.nlu.TrainingSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Assembles the answer pipeline from the seeded training data: catalogue, knowledge base, German analysis chain,
 * intent model (cached by data hash) and decision policy.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    SeededKnowledge germanKnowledge() {
        return SeededKnowledge.load("de");
    }

    @Bean
    ServiceCatalog serviceCatalog(SeededKnowledge germanKnowledge) {
        return germanKnowledge.catalog();
    }

    @Bean(destroyMethod = "close")
    KnowledgeBase knowledgeBase(SeededKnowledge germanKnowledge) {
        return germanKnowledge.knowledgeBase(germanKnowledge.analyzer(AnalysisOptions.ALL));
    }

    /** The German intent model the server uses; {@link ModelTraining} trains the same one ahead. */
    static IntentModels.Recipe germanIntents(SeededKnowledge german) {
        AnalysisOptions analysis = AnalysisOptions.INTENTS;
        return new IntentModels.Recipe(german.corpus(), german.analyzer(analysis),
                german.analysisFingerprint(analysis), TrainingSettings.DEFAULT);
    }

    static IntentModels intentModels(NluProperties nlu) {
        return new IntentModels(new ModelCache(nlu.modelCache()));
    }

    @Bean(destroyMethod = "close")
    HybridIntentClassifier germanClassifier(SeededKnowledge germanKnowledge, NluProperties nlu) {
        return intentModels(nlu).classifier(germanIntents(germanKnowledge));
    }

    @Bean
    AnswerEngine answerEngine(HybridIntentClassifier germanClassifier, KnowledgeBase knowledgeBase,
                              ServiceCatalog catalog, DecisionThresholds thresholds,
                              MunicipalityProperties municipality) {
        return new AnswerEngine(Map.of("de", germanClassifier), knowledgeBase, catalog,
                new DecisionPolicy(thresholds), new LocalFacts(municipality), LanguageDetection.fromClasspath());
    }
}
