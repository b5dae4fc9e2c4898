package org.buergerbot.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficeHoursTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Mon–Fri 08:00–12:00 and 14:00–18:00 in Nordrhein-Westfalen. */
    private final OfficeHours hours = weekdays(Bundesland.NW, Set.of());

    private static OfficeHours weekdays(Bundesland state, Set<MonthDay> closedDays) {
        Map<DayOfWeek, List<OfficeHours.Range>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(range("14:00", "18:00"), range("08:00", "12:00")));
        }
        return new OfficeHours(week, BERLIN, state, "0211 123", closedDays);
    }

    private static OfficeHours.Range range(String start, String end) {
        return new OfficeHours.Range(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** A Berlin wall-clock time as an instant. */
    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void isOpenInsideTheRangesOnly() {
        // Tuesday 24 November 2026
        assertThat(hours.isOpen(berlin("2026-11-24T10:00"))).isTrue();
        assertThat(hours.isOpen(berlin("2026-11-24T15:30"))).isTrue();
        assertThat(hours.isOpen(berlin("2026-11-24T07:59:59"))).isFalse();
        assertThat(hours.isOpen(berlin("2026-11-24T12:30"))).isFalse();
        assertThat(hours.isOpen(berlin("2026-11-24T18:30"))).isFalse();
        assertThat(hours.isOpen(berlin("2026-11-24T03:00"))).isFalse();
        // Saturday and Sunday
        assertThat(hours.isOpen(berlin("2026-11-28T10:00"))).isFalse();
        assertThat(hours.isOpen(berlin("2026-11-29T10:00"))).isFalse();
    }

    @Test
    void rangeStartIsInclusiveAndEndExclusive() {
        assertThat(hours.isOpen(berlin("2026-11-24T08:00"))).isTrue();
        assertThat(hours.isOpen(berlin("2026-11-24T11:59:59.999"))).isTrue();
        assertThat(hours.isOpen(berlin("2026-11-24T12:00"))).isFalse();
        assertThat(hours.isOpen(berlin("2026-11-24T14:00"))).isTrue();
        assertThat(hours.isOpen(berlin("2026-11-24T18:00"))).isFalse();
    }

    @Test
    void isClosedAllDayOnPublicHolidaysOfItsState() {
        // Fronleichnam, Thursday 4 June 2026: a holiday in NW, not in Berlin
        assertThat(hours.isOpen(berlin("2026-06-04T10:00"))).isFalse();
        assertThat(weekdays(Bundesland.BE, Set.of()).isOpen(berlin("2026-06-04T10:00"))).isTrue();
        // 1. Weihnachtstag, Friday 25 December 2026
        assertThat(hours.isOpen(berlin("2026-12-25T10:00"))).isFalse();
    }

    @Test
    void christmasEveAndNewYearsEveAreNormalDaysUnlessConfigured() {
        Instant christmasEve = berlin("2026-12-24T10:00"); // Thursday
        Instant newYearsEve = berlin("2026-12-31T10:00"); // Thursday
        assertThat(hours.isOpen(christmasEve)).isTrue();
        assertThat(hours.isOpen(newYearsEve)).isTrue();

        OfficeHours closedOnEves = weekdays(Bundesland.NW, Set.of(MonthDay.of(12, 24), MonthDay.of(12, 31)));
        assertThat(closedOnEves.isOpen(christmasEve)).isFalse();
        assertThat(closedOnEves.isOpen(newYearsEve)).isFalse();
        // 24 Dec 19:00 -> 25, 26 (Sat), 27 (Sun) closed, 28 Dec open
        assertThat(closedOnEves.nextOpening(berlin("2026-12-23T19:00")))
                .contains(ZonedDateTime.of(2026, 12, 28, 8, 0, 0, 0, BERLIN));
    }

    @Test
    void usesLocalWallClockTimeAcrossDaylightSavingChanges() {
        // Friday 27 March 2026 is CET (UTC+1), Monday 30 March 2026 is CEST (UTC+2).
        assertThat(hours.isOpen(Instant.parse("2026-03-27T06:30:00Z"))).isFalse(); // 07:30 CET
        assertThat(hours.isOpen(Instant.parse("2026-03-27T07:30:00Z"))).isTrue(); // 08:30 CET
        assertThat(hours.isOpen(Instant.parse("2026-03-30T06:30:00Z"))).isTrue(); // 08:30 CEST
        assertThat(hours.isOpen(Instant.parse("2026-03-30T10:30:00Z"))).isFalse(); // 12:30 CEST
        // Back to CET on Sunday 25 October 2026
        assertThat(hours.isOpen(Instant.parse("2026-10-23T06:00:00Z"))).isTrue(); // Fri 08:00 CEST
        assertThat(hours.isOpen(Instant.parse("2026-10-26T06:00:00Z"))).isFalse(); // Mon 07:00 CET
        assertThat(hours.isOpen(Instant.parse("2026-10-26T07:00:00Z"))).isTrue(); // Mon 08:00 CET

        assertThat(hours.nextOpening(berlin("2026-03-28T12:00")))
                .map(ZonedDateTime::toInstant)
                .contains(Instant.parse("2026-03-30T06:00:00Z"));
    }

    @Test
    void openingInsideTheSpringForwardGapStartsWhenTheClockJumps() {
        OfficeHours night = new OfficeHours(Map.of(DayOfWeek.SUNDAY, List.of(range("02:00", "04:00"))), BERLIN,
                Bundesland.NW, "115", Set.of());
        // 02:00 does not exist on 29 March 2026; the clock jumps to 03:00 CEST
        assertThat(night.nextOpening(berlin("2026-03-28T20:00")))
                .contains(ZonedDateTime.of(2026, 3, 29, 3, 0, 0, 0, BERLIN));

        OfficeHours onlyInGap = new OfficeHours(Map.of(DayOfWeek.SUNDAY, List.of(range("02:00", "03:00"))), BERLIN,
                Bundesland.NW, "115", Set.of());
        // Never open on 29 March; Ostersonntag (5 April) is no holiday in NW
        assertThat(onlyInGap.nextOpening(berlin("2026-03-28T20:00")))
                .contains(ZonedDateTime.of(2026, 4, 5, 2, 0, 0, 0, BERLIN));
    }

    @Test
    void nextOpeningFromFridayEveningIsMondayMorning() {
        assertThat(hours.nextOpening(berlin("2026-11-27T19:00")))
                .contains(ZonedDateTime.of(2026, 11, 30, 8, 0, 0, 0, BERLIN));
    }

    @Test
    void nextOpeningSkipsEasterMonday() {
        // Easter Sunday 5 April 2026 -> Ostermontag closed -> Tuesday
        assertThat(hours.nextOpening(berlin("2026-04-05T12:00")))
                .contains(ZonedDateTime.of(2026, 4, 7, 8, 0, 0, 0, BERLIN));
        // Maundy Thursday evening -> Karfreitag, weekend and Ostermontag closed
        assertThat(hours.nextOpening(berlin("2026-04-02T18:00")))
                .contains(ZonedDateTime.of(2026, 4, 7, 8, 0, 0, 0, BERLIN));
    }

    @Test
    void nextOpeningIsNowWhileOpenAndTheNextRangeOtherwise() {
        Instant open = berlin("2026-11-24T10:15:30");
        assertThat(hours.nextOpening(open)).map(ZonedDateTime::toInstant).contains(open);
        assertThat(hours.nextOpening(berlin("2026-11-24T12:00")))
                .contains(ZonedDateTime.of(2026, 11, 24, 14, 0, 0, 0, BERLIN));
        assertThat(hours.nextOpening(berlin("2026-11-24T06:00")))
                .contains(ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, BERLIN));
        assertThat(hours.nextOpening(berlin("2026-11-24T18:00")))
                .contains(ZonedDateTime.of(2026, 11, 25, 8, 0, 0, 0, BERLIN));
    }

    @Test
    void nextOpeningGivesUpAfterFourteenDays() {
        OfficeHours neverOpen = new OfficeHours(Map.of(), Bundesland.NW, "115");
        assertThat(neverOpen.zone()).isEqualTo(BERLIN);
        assertThat(neverOpen.nextOpening(berlin("2026-11-24T10:00"))).isEmpty();

        // Open on 1 January only, which is always Neujahr
        OfficeHours newYearOnly = new OfficeHours(Map.of(DayOfWeek.FRIDAY, List.of(range("08:00", "12:00"))), BERLIN,
                Bundesland.NW, "115", Set.of(MonthDay.of(12, 18), MonthDay.of(12, 25), MonthDay.of(1, 8)));
        // From Thursday 17 Dec 2026: Fridays 18 Dec (closed), 25 Dec (holiday), 1 Jan (holiday); 8 Jan is 22 days away
        assertThat(newYearOnly.nextOpening(berlin("2026-12-17T10:00"))).isEmpty();
    }

    @Test
    void describesTheWeekInGermanAndEnglish() {
        assertThat(hours.describe(Locale.GERMAN)).isEqualTo("Mo 08:00–12:00, 14:00–18:00; Di 08:00–12:00, 14:00–18:00; "
                + "Mi 08:00–12:00, 14:00–18:00; Do 08:00–12:00, 14:00–18:00; Fr 08:00–12:00, 14:00–18:00");
        OfficeHours musterstadt = new OfficeHoursProperties(null, null, null, null, null).toOfficeHours();
        assertThat(musterstadt.describe(Locale.GERMANY)).isEqualTo("Mo 08:00–12:00, 14:00–16:00; "
                + "Di 08:00–12:00, 14:00–16:00; Mi 08:00–12:00; Do 08:00–12:00, 14:00–16:00; Fr 08:00–12:00");
        assertThat(musterstadt.describe(Locale.ENGLISH)).isEqualTo("Mon 08:00–12:00, 14:00–16:00; "
                + "Tue 08:00–12:00, 14:00–16:00; Wed 08:00–12:00; Thu 08:00–12:00, 14:00–16:00; Fri 08:00–12:00");
        assertThat(new OfficeHours(Map.of(), BERLIN, Bundesland.NW, "115", Set.of()).describe(Locale.GERMAN))
                .isEqualTo("derzeit keine Öffnungszeiten");
    }

    @Test
    void rejectsOverlappingOrEmptyRanges() {
        assertThatIllegalArgumentException().isThrownBy(() -> range("12:00", "08:00")).withMessageContaining("12:00");
        assertThatIllegalArgumentException().isThrownBy(() -> range("08:00", "08:00"));
        assertThatIllegalArgumentException().isThrownBy(() -> new OfficeHours(
                Map.of(DayOfWeek.MONDAY, List.of(range("08:00", "12:00"), range("11:00", "13:00"))), BERLIN,
                Bundesland.NW, "115", Set.of())).withMessageContaining("MONDAY");
    }

    @Test
    void propertiesDefaultToMusterstadtInNordrheinWestfalen() {
        OfficeHoursProperties defaults = new OfficeHoursProperties(null, null, null, null, null);
        assertThat(defaults.zone()).isEqualTo("Europe/Berlin");
        assertThat(defaults.state()).isEqualTo("NW");
        assertThat(defaults.hotline()).isEqualTo("115");

        OfficeHours office = defaults.toOfficeHours();
        assertThat(office.zone()).isEqualTo(BERLIN);
        assertThat(office.state()).isEqualTo(Bundesland.NW);
        assertThat(office.hotline()).isEqualTo("115");
        assertThat(office.rangesOn(DayOfWeek.MONDAY)).containsExactly(range("08:00", "12:00"), range("14:00", "16:00"));
        assertThat(office.rangesOn(DayOfWeek.WEDNESDAY)).containsExactly(range("08:00", "12:00"));
        assertThat(office.rangesOn(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(office.closedDays()).isEmpty();
    }

    @Test
    void propertiesParseTheConfiguredWeek() {
        OfficeHours office = new OfficeHoursProperties("Europe/Berlin", "by", "089 233-00",
                Map.of("monday", " 8:00 - 12:00 , 13:00–15:30", "saturday", "09:00-11:00", "sunday", " "),
                List.of("12-24", "12-31")).toOfficeHours();
        assertThat(office.state()).isEqualTo(Bundesland.BY);
        assertThat(office.hotline()).isEqualTo("089 233-00");
        assertThat(office.rangesOn(DayOfWeek.MONDAY)).containsExactly(range("08:00", "12:00"), range("13:00", "15:30"));
        assertThat(office.rangesOn(DayOfWeek.SATURDAY)).containsExactly(range("09:00", "11:00"));
        assertThat(office.rangesOn(DayOfWeek.TUESDAY)).isEmpty();
        assertThat(office.rangesOn(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(office.closedDays()).containsExactlyInAnyOrder(MonthDay.of(12, 24), MonthDay.of(12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"08:00-1200", "8-12", "08:00-12:00;14:00-18:00", "25:00-26:00", "12:00-08:00",
            "08:00-12:00,", "08:00-12:00,11:00-13:00", "geschlossen"})
    void badWeekTextGivesAClearMessageNamingDayAndText(String text) {
        OfficeHoursProperties properties = new OfficeHoursProperties(null, null, null,
                Map.of("monday", "08:00-12:00", "tuesday", text), null);
        assertThatIllegalArgumentException().isThrownBy(properties::toOfficeHours)
                .withMessageContaining("buergerbot.handoff.office-hours.week.tuesday")
                .withMessageContaining("'" + text + "'")
                .withMessageContaining("08:00-12:00,14:00-18:00");
    }

    @Test
    void badDayZoneStateOrClosedDayGiveClearMessages() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OfficeHoursProperties(null, null, null, Map.of("mondy", "08:00-12:00"), null)
                        .toOfficeHours())
                .withMessageContaining("unknown day 'mondy'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OfficeHoursProperties("Europe/Bonn", null, null, null, null).toOfficeHours())
                .withMessageContaining("zone").withMessageContaining("'Europe/Bonn'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OfficeHoursProperties(null, "NRW", null, null, null).toOfficeHours())
                .withMessageContaining("state").withMessageContaining("'NRW'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OfficeHoursProperties(null, null, null, null, List.of("24.12.")).toOfficeHours())
                .withMessageContaining("closed-days").withMessageContaining("'24.12.'");
    }
}
