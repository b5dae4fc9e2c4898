package org.buergerbot.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Dictionaries of the German analysis chain: Solr-format synonym rules (citizens' words to official words)
 * and compound parts for the decompounder.
 */
public record AnalysisResources(List<String> synonymRules, Set<String> compoundParts) {

    public static final AnalysisResources NONE = new AnalysisResources(List.of(), Set.of());

    public AnalysisResources {
        synonymRules = List.copyOf(synonymRules);
        compoundParts = Set.copyOf(compoundParts);
    }

    /** Loads {@code synonyms.txt} and {@code compounds.txt} of a language from the classpath ({@code buergerbot/analysis/<lang>/}). */
    public static AnalysisResources fromClasspath(String lang) {
        String base = "buergerbot/analysis/" + lang + "/";
        List<String> synonyms = readLines(base + "synonyms.txt");
        Set<String> compounds = new LinkedHashSet<>();
        for (String line : readLines(base + "compounds.txt")) {
            compounds.add(line.toLowerCase(Locale.GERMAN));
        }
        return new AnalysisResources(synonyms, compounds);
    }

    /** Non-blank lines that are not {@code #} comments; an absent resource reads as empty. */
    static List<String> readLines(String resource) {
        InputStream in = AnalysisResources.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return lines;
    }
}
