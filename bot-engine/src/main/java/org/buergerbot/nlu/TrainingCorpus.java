package org.buergerbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.buergerbot.knowledge.FaqEntry;
import org.buergerbot.knowledge.ServiceCatalog;
import org.buergerbot.knowledge.TextNormalizer;

/**
 * The labelled utterances of one language: the intent files of {@code training-data}, the off-topic corpus and
 * the question variants of the FAQ entries (labelled with their service).
 */
public record TrainingCorpus(String lang, List<IntentSample> samples) {

    /** Intent of messages that are not about public services at all. */
    public static final String OFF_TOPIC = "off-topic";

    public TrainingCorpus {
        samples = List.copyOf(samples);
    }

    /** Reads every catalogue intent's utterances plus the off-topic corpus from the classpath. */
    public static TrainingCorpus fromClasspath(ServiceCatalog catalog, List<FaqEntry> entries, String lang) {
        List<IntentSample> samples = new ArrayList<>();
        for (ServiceCatalog.Item item : catalog.items()) {
            read(lang, item.id(), samples);
        }
        read(lang, OFF_TOPIC, samples);
        for (FaqEntry entry : entries) {
            if (entry.lang().equals(lang)) {
                entry.questions().forEach(q -> samples.add(new IntentSample(entry.service(), q)));
            }
        }
        return new TrainingCorpus(lang, samples);
    }

    private static void read(String lang, String intent, List<IntentSample> into) {
        for (String line : TextResources.lines("buergerbot/intents/" + lang + "/" + intent + ".txt")) {
            into.add(new IntentSample(intent, line));
        }
    }

    /** The first held-out set, written alongside the training data. */
    public static final String HELD_OUT = "heldout";
    /** Half of a second held-out set written from the catalogue alone: may choose decision settings. */
    public static final String FRESH_DEV = "fresh-dev";
    /** The other half of that set: only ever measured. */
    public static final String FRESH_TEST = "fresh-test";
    /** A third set, written from the catalogue alone by another writer, in other styles: only ever measured. */
    public static final String BLIND_TEST = "blind-test";

    /** Held-out questions ({@code eval/<lang>/heldout.tsv}); never used for training or tuning. */
    public static List<IntentSample> heldOut(String lang) {
        return evaluationSet(lang, HELD_OUT);
    }

    /** A labelled question set {@code eval/<lang>/<name>.tsv}; none of them is ever used for training. */
    public static List<IntentSample> evaluationSet(String lang, String name) {
        List<IntentSample> samples = new ArrayList<>();
        for (String line : TextResources.lines("buergerbot/eval/" + lang + "/" + name + ".tsv")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                samples.add(new IntentSample(line.substring(0, tab), line.substring(tab + 1).strip()));
            }
        }
        return samples;
    }

    /**
     * A deterministic, stratified split: about {@code percent}% of each intent's utterances go to validation
     * (chosen by a hash of the text, so the split is stable when utterances are added).
     */
    public Split split(int percent) {
        List<IntentSample> train = new ArrayList<>();
        List<IntentSample> validation = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (IntentSample s : samples) {
            int bucket = Math.floorMod(key(s.text()).hashCode() * 31 + seen.merge(s.intent(), 1, Integer::sum), 100);
            (bucket < percent ? validation : train).add(s);
        }
        return new Split(train, validation);
    }

    /** Training and validation parts of a corpus. */
    public record Split(List<IntentSample> train, List<IntentSample> validation) {
    }

    /** Normalised comparison key: two utterances with the same key are the same question. */
    public static String key(String text) {
        return TextNormalizer.normalize(text).toLowerCase(Locale.GERMAN).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
