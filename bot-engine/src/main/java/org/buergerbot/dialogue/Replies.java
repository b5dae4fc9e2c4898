package org.buergerbot.dialogue;

import java.util.Map;

/** The bot's own German sentences (knowledge-base answers are not here). Placeholders as in the knowledge base. */
final class Replies {

    static final Map<String, String> SMALLTALK = Map.of(
            "greeting", "Guten Tag! Ich bin der digitale Assistent von {{municipality.name}}. Fragen Sie mich "
                    + "zum Beispiel nach Personalausweis, Ummeldung, Kfz-Zulassung oder Terminen.",
            "thanks", "Gern geschehen! Kann ich sonst noch etwas für Sie tun?",
            "goodbye", "Auf Wiedersehen und alles Gute!",
            "about-bot", "Ich bin ein automatischer Assistent (kein Mensch) von {{municipality.name}}. Ich beantworte "
                    + "häufige Fragen zu Dienstleistungen der Verwaltung. Wenn ich nicht weiterhelfen kann, verbinde "
                    + "ich Sie mit einer Mitarbeiterin oder einem Mitarbeiter.");

    static final String HANDOFF_REQUESTED = "Gern verbinde ich Sie mit einer Mitarbeiterin oder einem Mitarbeiter. "
            + "Telefonisch erreichen Sie uns auch unter {{hotline}}.";

    static final String HANDOFF_UNSURE = "Dazu kann ich Ihnen leider keine sichere Auskunft geben. Ich verbinde Sie "
            + "gern mit einer Mitarbeiterin oder einem Mitarbeiter. Telefonisch erreichen Sie uns unter {{hotline}}.";

    static final String DECLINE = "Dabei kann ich leider nicht helfen: Ich beantworte nur Fragen zu Dienstleistungen "
            + "von {{municipality.name}}, etwa zu Ausweisen, Meldewesen, Fahrzeugen oder Terminen.";

    static final String OTHER_LANGUAGE = "Ich kann bisher nur Fragen auf Deutsch beantworten. Gern verbinde ich Sie mit "
            + "einer Mitarbeiterin oder einem Mitarbeiter. / I can only answer questions in German so far. I can "
            + "put you through to a member of staff, or call {{hotline}}.";

    static final String CLARIFY = "Meinen Sie eines dieser Themen? Bitte wählen Sie aus:";

    private Replies() {
    }
}
