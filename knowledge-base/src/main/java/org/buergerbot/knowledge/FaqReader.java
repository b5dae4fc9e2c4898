package org.buergerbot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads FAQ entries from JSON files ({@code {"entries": [...]}}) and validates them. Reading never stops at the
 * first problem: all problems of all files are collected and reported together.
 */
public final class FaqReader {

    /** The shape of one FAQ file. */
    public record FaqFile(List<FaqEntry> entries) {
    }

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private final FaqValidator validator;

    public FaqReader(FaqValidator validator) {
        this.validator = validator;
    }

    /** Loads {@code buergerbot/faq/<lang>/<service>.json} for every catalogue service that has one. */
    public List<FaqEntry> readClasspath(ServiceCatalog catalog, String lang) {
        List<FaqEntry> all = new ArrayList<>();
        List<ValidationProblem> problems = new ArrayList<>();
        for (ServiceCatalog.Item service : catalog.services()) {
            String resource = "buergerbot/faq/" + lang + "/" + service.id() + ".json";
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    read(resource, in, service.id(), all, problems);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        checkUniqueIds(all, problems);
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeException(problems);
        }
        return all;
    }

    /**
     * Parses and validates one file.
     *
     * @param expectedService the service every entry of the file must belong to, or null
     * @throws InvalidKnowledgeException naming every problem found
     */
    public List<FaqEntry> read(String source, InputStream in, String expectedService) {
        List<FaqEntry> entries = new ArrayList<>();
        List<ValidationProblem> problems = new ArrayList<>();
        read(source, in, expectedService, entries, problems);
        checkUniqueIds(entries, problems);
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeException(problems);
        }
        return entries;
    }

    private void read(String source, InputStream in, String expectedService, List<FaqEntry> into,
                      List<ValidationProblem> problems) {
        FaqFile file;
        try {
            file = json.readValue(in, FaqFile.class);
        } catch (JacksonException e) {
            problems.add(new ValidationProblem(source, null, path(e), e.getOriginalMessage()));
            return;
        }
        if (file == null || file.entries() == null || file.entries().isEmpty()) {
            problems.add(new ValidationProblem(source, null, "entries", "no entries"));
            return;
        }
        for (FaqEntry entry : file.entries()) {
            problems.addAll(validator.validate(source, entry));
            if (expectedService != null && !expectedService.equals(entry.service())) {
                problems.add(new ValidationProblem(source, entry.id(), "service",
                        "must be '" + expectedService + "' in this file, was '" + entry.service() + "'"));
            }
            into.add(entry);
        }
    }

    private static void checkUniqueIds(List<FaqEntry> entries, List<ValidationProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (FaqEntry entry : entries) {
            if (entry.id() != null && !seen.add(entry.id())) {
                problems.add(new ValidationProblem("(all files)", entry.id(), "id", "is used by more than one entry"));
            }
        }
    }

    private static String path(JacksonException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "(document)" : path.replace(".[", "[");
    }
}
