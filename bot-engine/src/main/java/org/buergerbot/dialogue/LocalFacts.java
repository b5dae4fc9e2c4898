package org.buergerbot.dialogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{placeholders}}} in knowledge-base texts from {@link MunicipalityProperties}. An unknown
 * placeholder becomes a neutral phrase rather than leaking braces to a citizen.
 */
public final class LocalFacts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z0-9_.-]+)\\s*}}");

    private final MunicipalityProperties municipality;

    public LocalFacts(MunicipalityProperties municipality) {
        this.municipality = municipality;
    }

    /**
     * @param officeKey the entry's responsible local office, for {@code {{office.*}}}; may be null
     */
    public String fill(String text, String officeKey) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(m.group(1), officeKey)));
        }
        m.appendTail(out);
        return out.toString();
    }

    String resolve(String name, String officeKey) {
        String[] parts = name.split("\\.");
        String value = switch (parts[0]) {
            case "municipality" -> municipality.name();
            case "hotline" -> municipality.hotline();
            case "links" -> parts.length == 2 ? municipality.links().get(parts[1]) : null;
            case "office" -> parts.length == 2 ? officeField(officeKey, parts[1]) : null;
            case "offices" -> parts.length == 3 ? officeField(parts[1], parts[2]) : null;
            default -> null;
        };
        return value != null ? value : fallback(parts);
    }

    private String officeField(String key, String field) {
        MunicipalityProperties.Office office = key == null ? null : municipality.offices().get(key);
        if (office == null) {
            return null;
        }
        return switch (field) {
            case "name" -> office.name();
            case "address" -> office.address();
            case "phone" -> office.phone();
            case "email" -> office.email();
            case "hours" -> office.hours();
            case "url" -> office.url();
            default -> null;
        };
    }

    private String fallback(String[] parts) {
        String last = parts[parts.length - 1];
        return switch (last) {
            case "name" -> "die zuständige Stelle";
            case "phone", "hotline" -> municipality.hotline() != null ? municipality.hotline() : "die Behördennummer 115";
            default -> "die Internetseite von " + (municipality.name() != null ? municipality.name() : "Ihrer Gemeinde");
        };
    }
}
