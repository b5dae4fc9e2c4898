package org.buergerbot.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks FAQ entries for what a citizen-facing answer needs; every problem names file, entry and field. */
public final class FaqValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER_URL = Pattern.compile("\\{\\{(links\\.[a-zA-Z]+|office\\.url|offices\\.[a-z]+\\.url)}}");
    private static final Set<String> LANGUAGES = Set.of("de", "en");
    private static final int MIN_QUESTIONS = 3;

    private final ServiceCatalog catalog;

    /** @param catalog the catalogue entries' services must belong to, or null to skip that check */
    public FaqValidator(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    public List<ValidationProblem> validate(String source, FaqEntry e) {
        List<ValidationProblem> problems = new ArrayList<>();
        Reporter report = (field, message) -> problems.add(new ValidationProblem(source, e.id(), field, message));
        if (blank(e.id())) {
            report.add("id", "is missing");
        } else if (!ID.matcher(e.id()).matches()) {
            report.add("id", "must be lowercase words joined by '-', was '" + e.id() + "'");
        }
        if (blank(e.service())) {
            report.add("service", "is missing");
        } else if (catalog != null && !catalog.find(e.service())
                .filter(i -> i.kind() == ServiceCatalog.Kind.SERVICE).isPresent()) {
            report.add("service", "'" + e.service() + "' is not a service of the catalogue");
        }
        if (blank(e.lang()) || !LANGUAGES.contains(e.lang())) {
            report.add("lang", "must be one of " + LANGUAGES + ", was '" + e.lang() + "'");
        }
        if (blank(e.title())) {
            report.add("title", "is missing");
        }
        if (blank(e.shortAnswer())) {
            report.add("shortAnswer", "is missing");
        } else if (e.shortAnswer().length() > FaqEntry.SHORT_ANSWER_MAX_LENGTH) {
            report.add("shortAnswer", "has " + e.shortAnswer().length() + " characters, at most "
                    + FaqEntry.SHORT_ANSWER_MAX_LENGTH + " allowed");
        }
        if (blank(e.fullText())) {
            report.add("fullText", "is missing");
        }
        if (e.responsibleOffice() == null
                || blank(e.responsibleOffice().office()) == blank(e.responsibleOffice().external())) {
            report.add("responsibleOffice", "needs exactly one of 'office' or 'external'");
        } else if (e.responsibleOffice().isExternal()) {
            checkUrl(report, "responsibleOffice.url", e.responsibleOffice().url());
        }
        if (e.questions().size() < MIN_QUESTIONS) {
            report.add("questions", "needs at least " + MIN_QUESTIONS + " question variants, has "
                    + e.questions().size());
        }
        if (e.lastReviewed() == null) {
            report.add("lastReviewed", "is missing");
        }
        if (e.onlineService() != null) {
            checkUrl(report, "onlineService.url", e.onlineService().url());
        }
        for (int i = 0; i < e.links().size(); i++) {
            Link link = e.links().get(i);
            if (blank(link.title())) {
                report.add("links[" + i + "].title", "is missing");
            }
            checkUrl(report, "links[" + i + "].url", link.url());
        }
        return problems;
    }

    private static void checkUrl(Reporter report, String field, String url) {
        if (blank(url)) {
            report.add(field, "is missing");
            return;
        }
        if (PLACEHOLDER_URL.matcher(url).matches()) {
            return;
        }
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme()) || blank(uri.getHost())) {
                report.add(field, "must be an absolute https URL or a {{links.*}} placeholder, was '" + url + "'");
            }
        } catch (URISyntaxException ex) {
            report.add(field, "is not a well-formed URL: " + ex.getMessage());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @FunctionalInterface
    private interface Reporter {
        void add(String field, String message);
    }
}
