package org.buergerbot.dialogue;

import java.util.List;

import org.buergerbot.knowledge.FaqEntry;

/** Renders an entry as the answer card's text: a small Markdown subset (paragraphs, bold labels, lists). */
final class AnswerText {

    private AnswerText() {
    }

    static String render(FaqEntry entry, String shortAnswer, LocalFacts facts, String office) {
        StringBuilder md = new StringBuilder(shortAnswer);
        list(md, "Das brauchen Sie", entry.requiredDocuments(), facts, office);
        list(md, "Kosten", entry.fees(), facts, office);
        numbered(md, "So gehen Sie vor", entry.procedure(), facts, office);
        line(md, "Bearbeitungszeit", entry.processingTime(), facts, office);
        line(md, "Fristen", entry.deadlines(), facts, office);
        if (entry.responsibleOffice().isExternal()) {
            line(md, "Zuständig", entry.responsibleOffice().external(), facts, office);
        } else {
            line(md, "Zuständig", "{{office.name}}, {{office.address}}, Telefon {{office.phone}}", facts, office);
            line(md, "Öffnungszeiten", "{{office.hours}}", facts, office);
        }
        return md.toString();
    }

    private static void list(StringBuilder md, String label, List<String> items, LocalFacts facts, String office) {
        if (!items.isEmpty()) {
            md.append("\n\n**").append(label).append(":**");
            items.forEach(item -> md.append("\n- ").append(facts.fill(item, office)));
        }
    }

    private static void numbered(StringBuilder md, String label, List<String> steps, LocalFacts facts,
                                 String office) {
        if (!steps.isEmpty()) {
            md.append("\n\n**").append(label).append(":**");
            for (int i = 0; i < steps.size(); i++) {
                md.append("\n").append(i + 1).append(". ").append(facts.fill(steps.get(i), office));
            }
        }
    }

    private static void line(StringBuilder md, String label, String value, LocalFacts facts, String office) {
        if (value != null && !value.isBlank()) {
            md.append("\n\n**").append(label).append(":** ").append(facts.fill(value, office));
        }
    }
}
