package org.buergerbot.evaluation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.buergerbot.dialogue.DecisionThresholds;
import org.buergerbot.knowledge.AnalysisOptions;
import org.buergerbot.nlu.TrainingSettings;

/**
 * The evaluation harness: one command ({@code ./bb eval}) that trains and evaluates the answer engine on the
 * German held-out set and the public benchmarks. Arguments select sections: {@code german entries clinc nlu}
 * (default: all); {@code entries} measures which entry of the right service the knowledge base picks;
 * {@code analysis} measures each piece of the German analysis chain by switching it off;
 * {@code tune} sweeps classifier settings and {@code tune-policy} the decision thresholds, on validation data
 * only; {@code fewshot} compares classifier settings on few-shot draws from validation data;
 * {@code questions FILE} answers a file of labelled questions ({@link LabelledQuestions}) and lists the misses.
 */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    public static void main(String[] args) {
        List<String> sections = args.length == 0 ? List.of("german", "entries", "clinc", "nlu") : Arrays.asList(args);
        PrintStream out = System.out;
        TrainingSettings settings = TrainingSettings.DEFAULT;
        out.println("Settings: " + settings);
        int questions = sections.indexOf("questions");
        if (questions >= 0) {
            if (questions + 1 >= sections.size()) {
                throw new IllegalArgumentException("questions needs a file: ./bb eval questions my-questions.tsv");
            }
            new GermanEvaluation().evaluate(out, Path.of(sections.get(questions + 1)));
        }
        if (sections.contains("tune")) {
            ClincTuning.run(out);
        }
        if (sections.contains("tune-policy")) {
            new GermanEvaluation().tune(out, settings);
        }
        if (sections.contains("german")) {
            new GermanEvaluation().evaluateAll(out);
        }
        if (sections.contains("entries")) {
            new GermanEvaluation().evaluateEntries(out);
        }
        if (sections.contains("analysis")) {
            GermanEvaluation german = new GermanEvaluation();
            AnalysisOptions all = AnalysisOptions.ALL;
            for (AnalysisOptions options : List.of(all.withUmlautFolding(false), all.withSynonyms(false),
                    all.withStopwords(false), all.withDecompounding(false), all.withStemming(false))) {
                german.evaluate(out, settings, DecisionThresholds.DEFAULT, options, false);
            }
        }
        if (sections.contains("clinc")) {
            out.println("Benchmark settings: " + TrainingSettings.BENCHMARKS);
            ClincBenchmark clinc = ClincBenchmark.fromSharedData();
            ClincBenchmark.print(out, clinc.thresholdProtocol(TrainingSettings.BENCHMARKS, true));
            ClincBenchmark.print(out, clinc.oosTrain(TrainingSettings.BENCHMARKS, true));
        }
        if (sections.contains("fewshot")) {
            FewShotEvaluation.run(out);
        }
        if (sections.contains("nlu")) {
            out.println("Few-shot settings: " + TrainingSettings.FEW_SHOT);
            NluCorporaBenchmark.print(out, new NluCorporaBenchmark().run(TrainingSettings.FEW_SHOT));
        }
    }
}
