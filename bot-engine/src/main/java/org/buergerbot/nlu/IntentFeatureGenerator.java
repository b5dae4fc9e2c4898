package org.buergerbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Turns analysed terms into maximum-entropy features. Stateless and thread-safe; the OpenNLP factory needs the
 * no-argument constructor to restore a model.
 */
public final class IntentFeatureGenerator implements FeatureGenerator {

    private final FeatureSet features;

    public IntentFeatureGenerator() {
        this(FeatureSet.DEFAULT);
    }

    public IntentFeatureGenerator(FeatureSet features) {
        this.features = features;
    }

    @Override
    public Collection<String> extractFeatures(String[] terms, Map<String, Object> extraInformation) {
        return extract(terms);
    }

    public List<String> extract(String[] terms) {
        List<String> out = new ArrayList<>(terms.length * 4);
        for (int i = 0; i < terms.length; i++) {
            if (features.words()) {
                out.add("w=" + terms[i]);
            }
            if (features.bigrams() && i + 1 < terms.length) {
                out.add("b=" + terms[i] + "_" + terms[i + 1]);
            }
            if (features.charNgrams()) {
                String word = "<" + terms[i] + ">";
                for (int n = features.charNgramMin(); n <= features.charNgramMax(); n++) {
                    for (int start = 0; start + n <= word.length(); start++) {
                        out.add("c=" + word.substring(start, start + n));
                    }
                }
            }
        }
        return out;
    }
}
