package org.buergerbot.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * One knowledge-base entry, shaped like a German Leistungsbeschreibung. Texts may contain
 * {@code {{placeholders}}} for local facts that deployment configuration fills in.
 */
public record FaqEntry(
        String id,
        String service,
        String lang,
        String title,
        String shortAnswer,
        String fullText,
        List<String> requiredDocuments,
        List<String> fees,
        String processingTime,
        String deadlines,
        List<String> procedure,
        List<String> legalBasis,
        Link onlineService,
        ResponsibleOffice responsibleOffice,
        List<Link> links,
        List<String> questions,
        List<String> keywords,
        String plainLanguage,
        LocalDate lastReviewed) {

    /** Longest short answer a citizen should have to read before the next step. */
    public static final int SHORT_ANSWER_MAX_LENGTH = 400;

    public FaqEntry {
        requiredDocuments = copy(requiredDocuments);
        fees = copy(fees);
        procedure = copy(procedure);
        legalBasis = copy(legalBasis);
        links = copy(links);
        questions = copy(questions);
        keywords = copy(keywords);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
