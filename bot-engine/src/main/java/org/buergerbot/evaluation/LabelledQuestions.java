package org.buergerbot.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.buergerbot.knowledge.ServiceCatalog;
import org.buergerbot.nlu.IntentSample;
import org.buergerbot.nlu.TrainingCorpus;

/**
 * A file of questions labelled with the intent a clerk would give them, for example a municipality's own
 * question log: one {@code intent<TAB>question} per line, UTF-8, {@code #} starts a comment line. Intents are
 * catalogue ids or {@code off-topic}.
 */
public final class LabelledQuestions {

    private LabelledQuestions() {
    }

    /** @throws IllegalArgumentException naming the file and line of the first malformed line or unknown intent */
    public static List<IntentSample> read(Path file, ServiceCatalog catalog) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        List<IntentSample> questions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                throw new IllegalArgumentException(where + "expected <intent><TAB><question>");
            }
            String intent = line.substring(0, tab).strip();
            if (!catalog.contains(intent) && !TrainingCorpus.OFF_TOPIC.equals(intent)) {
                throw new IllegalArgumentException(where + "unknown intent '" + intent
                        + "' (use a catalogue id or " + TrainingCorpus.OFF_TOPIC + ")");
            }
            questions.add(new IntentSample(intent, line.substring(tab + 1).strip()));
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException(file + ": no labelled questions");
        }
        return questions;
    }
}
