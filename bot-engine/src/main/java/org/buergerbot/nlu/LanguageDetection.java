package org.buergerbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Recognises messages clearly written in another language than the one the citizen's widget asked for, with
 * OpenNLP's 103-language detector (shipped as the Maven artifact {@code opennlp-models-langdetect}). Short
 * messages are never flagged: a few words ("kfz abmelden") are too ambiguous to tell.
 */
public final class LanguageDetection {

    static final String MODEL_RESOURCE = "langdetect-183.bin";
    static final int MIN_LETTERS = 25;
    /**
     * The detector spreads probability over 103 languages, so absolute values are small (0.02-0.06); a message
     * counts as foreign when its best language is at least twice as likely as the expected one. On the German
     * held-out set this flags none of the 565 questions with 25 letters or more.
     */
    static final double MIN_LIKELIHOOD_RATIO = 2.0;

    private final ThreadLocal<LanguageDetectorME> detectors;

    public LanguageDetection(LanguageDetectorModel model) {
        // One detector per thread: LanguageDetectorME is not documented as thread-safe.
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    public static LanguageDetection fromClasspath() {
        try (InputStream in = LanguageDetection.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_RESOURCE + " missing: add opennlp-models-langdetect");
            }
            return new LanguageDetection(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the language detector", e);
        }
    }

    /**
     * The ISO 639-3 code of the message's language when it is long enough and confidently not the expected one.
     *
     * @param expectedIso6393 e.g. {@code deu}
     */
    public Optional<String> otherLanguage(String text, String expectedIso6393) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return Optional.empty();
        }
        Language[] ranked = detectors.get().predictLanguages(text);
        Language best = ranked[0];
        if (best.getLang().equals(expectedIso6393)) {
            return Optional.empty();
        }
        double expected = 0;
        for (Language language : ranked) {
            if (language.getLang().equals(expectedIso6393)) {
                expected = language.getConfidence();
                break;
            }
        }
        return best.getConfidence() >= MIN_LIKELIHOOD_RATIO * expected ? Optional.of(best.getLang()) : Optional.empty();
    }
}
