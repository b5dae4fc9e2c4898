package org.buergerbot.handoff;

import java.util.Locale;

/** The sixteen German federal states (Länder) with their official two-letter codes and German names. */
public enum Bundesland {

    BW("Baden-Württemberg"),
    BY("Bayern"),
    BE("Berlin"),
    BB("Brandenburg"),
    HB("Bremen"),
    HH("Hamburg"),
    HE("Hessen"),
    MV("Mecklenburg-Vorpommern"),
    NI("Niedersachsen"),
    NW("Nordrhein-Westfalen"),
    RP("Rheinland-Pfalz"),
    SL("Saarland"),
    SN("Sachsen"),
    ST("Sachsen-Anhalt"),
    SH("Schleswig-Holstein"),
    TH("Thüringen");

    private final String germanName;

    Bundesland(String germanName) {
        this.germanName = germanName;
    }

    /** The two-letter code, e.g. {@code "NW"}. */
    public String code() {
        return name();
    }

    /** The German name, e.g. {@code "Nordrhein-Westfalen"}. */
    public String germanName() {
        return germanName;
    }

    /**
     * Looks a state up by its two-letter code, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException if the code is null or not one of the sixteen codes
     */
    public static Bundesland fromCode(String code) {
        if (code != null) {
            String normalized = code.strip().toUpperCase(Locale.ROOT);
            for (Bundesland state : values()) {
                if (state.name().equals(normalized)) {
                    return state;
                }
            }
        }
        throw new IllegalArgumentException("Unknown Bundesland code '" + code
                + "', expected one of BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH");
    }
}
