package org.buergerbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SalutationsTests {

    private final Salutations german = Salutations.forLanguage("de");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hallo, wo beantrage ich Wohngeld?                                              | wo beantrage ich Wohngeld?
            hallo ich brauche einen neuen Pass                                             | ich brauche einen neuen Pass
            Hallo zusammen, wann kommt der Sperrmüll?                                      | wann kommt der Sperrmüll?
            Hallo Frau Meier, ist mein Antrag da?                                          | ist mein Antrag da?
            Moin! Wie melde ich meinen Hund an?                                            | Wie melde ich meinen Hund an?
            Guten Tag, guten Morgen, ich möchte mich ummelden.                             | ich möchte mich ummelden.
            Grüß Gott, was kostet ein Führungszeugnis?                                     | was kostet ein Führungszeugnis?
            Liebes Bürgeramt, ich habe meinen Ausweis verloren.                            | ich habe meinen Ausweis verloren.
            Sehr geehrte Damen und Herren, wie beantrage ich Elterngeld? Mit freundlichen Grüßen | wie beantrage ich Elterngeld?
            Sehr geehrter Herr Dr. Schulz, wann ist die Briefwahl möglich?                 | wann ist die Briefwahl möglich?
            Wie lange dauert ein Reisepass? Vielen Dank im Voraus!                         | Wie lange dauert ein Reisepass?
            Wie lange dauert ein Reisepass? Ich danke Ihnen im Voraus.                     | Wie lange dauert ein Reisepass?
            Wo melde ich ein Gewerbe an? Danke und viele Grüße, Anna Schmidt               | Wo melde ich ein Gewerbe an?
            Ich möchte meine Hündin anmelden. Viele Grüße aus der Südstadt                 | Ich möchte meine Hündin anmelden.
            Ich brauche eine Meldebescheinigung, danke                                     | Ich brauche eine Meldebescheinigung
            Kosten Reisepass? Danke                                                        | Kosten Reisepass?
            Wann kommt die Biotonne? LG                                                    | Wann kommt die Biotonne?
            Was kostet das? MfG K. Yilmaz                                                  | Was kostet das?
            Hallo Ausweis weg, was tun?                                                    | Ausweis weg, was tun?
            """)
    void removesTheGreetingAndTheClosing(String message, String question) {
        assertThat(german.strip(message)).isEqualTo(question);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hallo", "Guten Tag!", "Hallo, guten Tag", "Sehr geehrte Damen und Herren,", "Danke!",
            "Vielen Dank im Voraus", "Mit freundlichen Grüßen", "Moin moin", "top danke", "Super, vielen Dank!",
            "ok danke tschüss"})
    void leavesAMessageThatIsOnlyAFrameAsItIs(String message) {
        assertThat(german.strip(message)).isEqualTo(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // "lieber" as the adverb, thanks inside a long sentence or before the question, a greeting card
            "Lieber persönlich oder online, was geht schneller?",
            "Wie lange dauert eine Baugenehmigung für einen Wintergarten?",
            "Ich möchte mich bei der Stadt für die schnelle Hilfe bedanken, wie mache ich das am besten?",
            "Danke für die Info. Und was kostet der Antrag?",
            "Kann ich meine Grußkarte im Bürgerbüro abgeben?",
            "Wie groß ist meine BG beim Bürgergeld"})
    void leavesAQuestionWithoutFrameAsItIs(String message) {
        assertThat(german.strip(message)).isEqualTo(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello, how do I renew my passport? Thanks, regards", "Hallo, wo beantrage ich Wohngeld?"})
    void otherLanguagesAreLeftAlone(String message) {
        assertThat(Salutations.forLanguage("en").strip(message)).isEqualTo(message);
    }
}
