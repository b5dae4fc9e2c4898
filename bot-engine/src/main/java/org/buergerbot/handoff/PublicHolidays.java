package org.buergerbot.handoff;

import static org.buergerbot.handoff.Bundesland.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Statutory public holidays (gesetzliche Feiertage) of a German state, by the rules in force in 2026; the rules are
 * applied to every year, so dates before a holiday was introduced (e.g. Frauentag in Berlin 2019, in
 * Mecklenburg-Vorpommern 2023) are not exact.
 *
 * <p>Only holidays valid in the whole state are included. Mariä Himmelfahrt (15 August) is a holiday in Bavaria only
 * in municipalities with a predominantly Catholic population and is therefore <em>not</em> included for {@link
 * Bundesland#BY}; likewise Fronleichnam in some Saxon and Thuringian municipalities, the Augsburger Friedensfest and
 * one-off holidays (e.g. 8 May 2025 in Berlin) are left out. Ostersonntag and Pfingstsonntag are listed for
 * Brandenburg only.
 */
public final class PublicHolidays {

    private static final Set<Bundesland> EPIPHANY = EnumSet.of(BW, BY, ST);
    private static final Set<Bundesland> WOMENS_DAY = EnumSet.of(BE, MV);
    private static final Set<Bundesland> EASTER_AND_WHIT_SUNDAY = EnumSet.of(BB);
    private static final Set<Bundesland> CORPUS_CHRISTI = EnumSet.of(BW, BY, HE, NW, RP, SL);
    private static final Set<Bundesland> ASSUMPTION = EnumSet.of(SL);
    private static final Set<Bundesland> CHILDRENS_DAY = EnumSet.of(TH);
    private static final Set<Bundesland> REFORMATION_DAY = EnumSet.of(BB, HB, HH, MV, NI, SN, ST, SH, TH);
    private static final Set<Bundesland> ALL_SAINTS = EnumSet.of(BW, BY, NW, RP, SL);
    private static final Set<Bundesland> REPENTANCE_DAY = EnumSet.of(SN);

    private PublicHolidays() {
    }

    /**
     * The public holidays of {@code state} in {@code year}, sorted by date and mapped to their German names. Should two
     * holidays fall on the same day (e.g. Tag der Arbeit and Christi Himmelfahrt in 2008) their names are joined with
     * {@code " / "}.
     *
     * @throws IllegalArgumentException if {@code year} is before 1583, the first full Gregorian year
     */
    public static SortedMap<LocalDate, String> of(Bundesland state, int year) {
        LocalDate easter = easterSunday(year);
        Holidays days = new Holidays();
        days.add(LocalDate.of(year, Month.JANUARY, 1), "Neujahr");
        if (EPIPHANY.contains(state)) {
            days.add(LocalDate.of(year, Month.JANUARY, 6), "Heilige Drei Könige");
        }
        if (WOMENS_DAY.contains(state)) {
            days.add(LocalDate.of(year, Month.MARCH, 8), "Internationaler Frauentag");
        }
        days.add(easter.minusDays(2), "Karfreitag");
        if (EASTER_AND_WHIT_SUNDAY.contains(state)) {
            days.add(easter, "Ostersonntag");
        }
        days.add(easter.plusDays(1), "Ostermontag");
        days.add(LocalDate.of(year, Month.MAY, 1), "Tag der Arbeit");
        days.add(easter.plusDays(39), "Christi Himmelfahrt");
        if (EASTER_AND_WHIT_SUNDAY.contains(state)) {
            days.add(easter.plusDays(49), "Pfingstsonntag");
        }
        days.add(easter.plusDays(50), "Pfingstmontag");
        if (CORPUS_CHRISTI.contains(state)) {
            days.add(easter.plusDays(60), "Fronleichnam");
        }
        if (ASSUMPTION.contains(state)) {
            days.add(LocalDate.of(year, Month.AUGUST, 15), "Mariä Himmelfahrt");
        }
        if (CHILDRENS_DAY.contains(state)) {
            days.add(LocalDate.of(year, Month.SEPTEMBER, 20), "Weltkindertag");
        }
        days.add(LocalDate.of(year, Month.OCTOBER, 3), "Tag der Deutschen Einheit");
        if (REFORMATION_DAY.contains(state)) {
            days.add(LocalDate.of(year, Month.OCTOBER, 31), "Reformationstag");
        }
        if (ALL_SAINTS.contains(state)) {
            days.add(LocalDate.of(year, Month.NOVEMBER, 1), "Allerheiligen");
        }
        if (REPENTANCE_DAY.contains(state)) {
            days.add(repentanceDay(year), "Buß- und Bettag");
        }
        days.add(LocalDate.of(year, Month.DECEMBER, 25), "1. Weihnachtstag");
        days.add(LocalDate.of(year, Month.DECEMBER, 26), "2. Weihnachtstag");
        return Collections.unmodifiableSortedMap(days.byDate);
    }

    /** The German name of the public holiday on {@code date} in {@code state}, or empty on an ordinary day. */
    public static Optional<String> holidayName(Bundesland state, LocalDate date) {
        return Optional.ofNullable(of(state, date.getYear()).get(date));
    }

    /** Whether {@code date} is a public holiday in {@code state}. */
    public static boolean isHoliday(Bundesland state, LocalDate date) {
        return holidayName(state, date).isPresent();
    }

    /**
     * Easter Sunday of {@code year} in the Gregorian calendar, by the anonymous Gregorian computus
     * (Meeus/Jones/Butcher).
     *
     * @throws IllegalArgumentException if {@code year} is before 1583
     */
    public static LocalDate easterSunday(int year) {
        if (year < 1583) {
            throw new IllegalArgumentException("Gregorian Easter is only defined from 1583 on, not for " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Buß- und Bettag: the last Wednesday before 23 November (i.e. between 16 and 22 November). */
    static LocalDate repentanceDay(int year) {
        return LocalDate.of(year, Month.NOVEMBER, 22).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
    }

    /** Collects holidays by date, joining the names of holidays that coincide. */
    private static final class Holidays {
        private final TreeMap<LocalDate, String> byDate = new TreeMap<>();

        void add(LocalDate date, String name) {
            byDate.merge(date, name, (first, second) -> first + " / " + second);
        }
    }
}
