package org.buergerbot.nlu;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the greeting in front of a question and the closing after it ("Sehr geehrte Damen und Herren, … Mit
 * freundlichen Grüßen, A. Schmidt"), so that the frame of a chat message or letter does not decide its intent.
 * Applied alike to training utterances and to questions. A message that is nothing but a greeting or a thanks is
 * left as it is: there the frame is the message.
 */
public final class Salutations {

    /** Leaves every text as it is (languages without rules). */
    public static final Salutations NONE = new Salutations(false);

    private static final Salutations GERMAN = new Salutations(true);

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final String GREETING_WORDS = "hallo|hallöchen|hi|hey|huhu|moin(?: moin)?|moinsen|servus"
            + "|grüß(?:e)? (?:gott|dich|euch)|gruess gott|grüezi|(?:einen )?(?:schönen )?guten (?:tag|morgen|abend)"
            + "|tag auch|tach";

    /** Whom a greeting may address before its comma: a team, the bot, or "Frau/Herr" and a name. */
    private static final String ADDRESSEE = "zusammen|miteinander|allerseits|liebes team|team|bürgerbot|chatbot|bot"
            + "|(?:frau|herr) [\\p{L}.'-]+(?: [\\p{L}.'-]+)?";

    /**
     * A greeting at the start up to the punctuation that ends it. "Liebe …" counts only before a capitalised noun
     * ("Liebes Bürgeramt,"), since "lieber" is also the adverb "rather".
     */
    private static final Pattern GREETING = Pattern.compile(
            "^(?:(?:" + GREETING_WORDS + ")(?: (?:" + ADDRESSEE + "))?"
                    + "|sehr geehrte[rs]? [\\p{L}.'-]+(?: [\\p{L}.'-]+){0,3}"
                    + "|(?-i:[Ll]iebe[rs]? \\p{Lu}[\\p{L}.'-]*(?: [\\p{L}.'-]+){0,2}))"
                    + "(?:\\s*[,!.:;]+\\s*|\\s*$)", FLAGS);

    /** A greeting without punctuation before the question ("Hallo ich brauche …"). */
    private static final Pattern BARE_GREETING = Pattern.compile(
            "^(?:hallo|hi|hey|moin|servus|guten (?:tag|morgen|abend)|sehr geehrte damen und herren)(?:\\s+|$)", FLAGS);

    /** Where a closing begins: thanks (in advance), regards, or their abbreviations ("LG", "MfG"). */
    private static final Pattern CLOSING = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:ich|wir) )?(?:(?:vielen|herzlichen|besten|tausend) )?(?:dank(?:e)?|dankeschön"
                    + "|(?:mit )?(?:freundliche|viele|beste|herzliche|liebe|schöne|sonnige)[nm]?"
                    + " gr(?:ü|ue)(?:ß|ss)\\p{L}*"
                    + "|gr(?:ü|ue)(?:ß|ss)(?:e|en)?|gruß|mfg|lg)(?![\\p{L}\\p{N}])", FLAGS);

    /** A closing is at most this many words long, signature included ("Vielen Dank und viele Grüße, Anna Schmidt"). */
    private static final int MAX_CLOSING_WORDS = 10;

    /** Fewer words before a closing are taken as part of it ("ok, danke", "top danke"). */
    private static final int MIN_QUESTION_WORDS = 3;

    private final boolean german;

    private Salutations(boolean german) {
        this.german = german;
    }

    public static Salutations forLanguage(String lang) {
        return "de".equals(lang) ? GERMAN : NONE;
    }

    /** The text without its greeting and closing; the text itself if nothing else would remain. */
    public String strip(String text) {
        if (!german) {
            return text;
        }
        String rest = text;
        for (int i = 0; i < 3; i++) { // "Hallo, guten Tag, …"
            Matcher m = GREETING.matcher(rest);
            if (!m.find() && !(m = BARE_GREETING.matcher(rest)).find()) {
                break;
            }
            rest = rest.substring(m.end());
        }
        rest = withoutClosing(rest).strip();
        return rest.codePoints().anyMatch(Character::isLetterOrDigit) ? rest : text;
    }

    /**
     * Cuts from the first closing after the last question mark (anywhere in a text without one) when what follows
     * it is short enough to be a closing and signature, and what precedes it long enough to be a question of its
     * own: in "super, danke!" the thanks is the message.
     */
    private static String withoutClosing(String text) {
        Matcher m = CLOSING.matcher(text);
        m.region(text.lastIndexOf('?') + 1, text.length());
        while (m.find()) {
            if (words(text.substring(m.start())) <= MAX_CLOSING_WORDS) {
                String question = text.substring(0, m.start()).replaceFirst("[\\s,;:–-]+$", "");
                return words(question) >= MIN_QUESTION_WORDS || question.endsWith("?") ? question : text;
            }
        }
        return text;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
