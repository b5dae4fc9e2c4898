package org.buergerbot.system;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.buergerbot.knowledge.AnalysisOptions;
import org.buergerbot.knowledge.AnalysisResources;
import org.buergerbot.knowledge.FaqEntry;
import org.buergerbot.knowledge.FaqReader;
import org.buergerbot.knowledge.FaqValidator;
import org.buergerbot.knowledge.KnowledgeBase;
import org.buergerbot.knowledge.ServiceCatalog;
import org.buergerbot.knowledge.TextAnalyzers;
import org.buergerbot.nlu.TrainingCorpus;

/**
 * The knowledge shipped in the {@code training-data} jar for one language, loaded and validated once; used by
 * the application context and by the evaluation harness, so both see exactly the same data.
 */
public record SeededKnowledge(String lang, ServiceCatalog catalog, AnalysisResources resources,
                              List<FaqEntry> entries) {

    public static SeededKnowledge load(String lang) {
        ServiceCatalog catalog = ServiceCatalog.fromClasspath();
        List<FaqEntry> entries = new FaqReader(new FaqValidator(catalog)).readClasspath(catalog, lang);
        return new SeededKnowledge(lang, catalog, AnalysisResources.fromClasspath(lang), entries);
    }

    public Analyzer analyzer(AnalysisOptions options) {
        return TextAnalyzers.german(resources, options);
    }

    /**
     * Everything that decides how this language's chain analyses text: the options and the dictionaries. A
     * cached intent model is only valid for the analysis it was trained with.
     */
    public String analysisFingerprint(AnalysisOptions options) {
        return options + "\n" + String.join("\n", resources.synonymRules()) + "\n"
                + String.join(" ", new java.util.TreeSet<>(resources.compoundParts()));
    }

    public KnowledgeBase knowledgeBase(Analyzer analyzer) {
        KnowledgeBase kb = KnowledgeBase.inMemory(analyzer);
        kb.replaceAll(entries);
        return kb;
    }

    public TrainingCorpus corpus() {
        return TrainingCorpus.fromClasspath(catalog, entries, lang);
    }
}
