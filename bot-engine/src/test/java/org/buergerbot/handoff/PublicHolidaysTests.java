package org.buergerbot.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PublicHolidaysTests {

    @ParameterizedTest
    @CsvSource({
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2019, 2019-04-21",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2038, 2038-04-25", // latest possible date
            "2285, 2285-03-22", // earliest possible date
            "1583, 1583-04-10",
            "2000, 2000-04-23"})
    void computesGregorianEasterSunday(int year, LocalDate easter) {
        assertThat(PublicHolidays.easterSunday(year)).isEqualTo(easter);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void rejectsYearsBeforeTheGregorianCalendar() {
        assertThatIllegalArgumentException().isThrownBy(() -> PublicHolidays.easterSunday(1582))
                .withMessageContaining("1582");
    }

    @Test
    void nordrheinWestfalen2026() {
        assertThat(PublicHolidays.of(Bundesland.NW, 2026)).containsExactly(
                entry(LocalDate.of(2026, 1, 1), "Neujahr"),
                entry(LocalDate.of(2026, 4, 3), "Karfreitag"),
                entry(LocalDate.of(2026, 4, 6), "Ostermontag"),
                entry(LocalDate.of(2026, 5, 1), "Tag der Arbeit"),
                entry(LocalDate.of(2026, 5, 14), "Christi Himmelfahrt"),
                entry(LocalDate.of(2026, 5, 25), "Pfingstmontag"),
                entry(LocalDate.of(2026, 6, 4), "Fronleichnam"),
                entry(LocalDate.of(2026, 10, 3), "Tag der Deutschen Einheit"),
                entry(LocalDate.of(2026, 11, 1), "Allerheiligen"),
                entry(LocalDate.of(2026, 12, 25), "1. Weihnachtstag"),
                entry(LocalDate.of(2026, 12, 26), "2. Weihnachtstag"));
    }

    @Test
    void bayern2026HasEpiphanyButNotTheOnlyLocalAssumptionDay() {
        Map<LocalDate, String> bavaria = PublicHolidays.of(Bundesland.BY, 2026);
        assertThat(bavaria).hasSize(12)
                .containsEntry(LocalDate.of(2026, 1, 6), "Heilige Drei Könige")
                .containsEntry(LocalDate.of(2026, 6, 4), "Fronleichnam")
                .containsEntry(LocalDate.of(2026, 11, 1), "Allerheiligen")
                .doesNotContainKey(LocalDate.of(2026, 8, 15))
                .doesNotContainKey(LocalDate.of(2026, 10, 31));
        assertThat(PublicHolidays.of(Bundesland.SL, 2026))
                .containsEntry(LocalDate.of(2026, 8, 15), "Mariä Himmelfahrt");
    }

    @Test
    void sachsen2026HasReformationDayAndBussUndBettag() {
        assertThat(PublicHolidays.of(Bundesland.SN, 2026)).hasSize(11)
                .containsEntry(LocalDate.of(2026, 10, 31), "Reformationstag")
                .containsEntry(LocalDate.of(2026, 11, 18), "Buß- und Bettag")
                .doesNotContainKey(LocalDate.of(2026, 6, 4))
                .doesNotContainKey(LocalDate.of(2026, 11, 1));
        assertThat(PublicHolidays.holidayName(Bundesland.SN, LocalDate.of(2026, 11, 18))).contains("Buß- und Bettag");
        assertThat(PublicHolidays.isHoliday(Bundesland.BY, LocalDate.of(2026, 11, 18))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2022, 2022-11-16", "2023, 2023-11-22", "2024, 2024-11-20", "2025, 2025-11-19", "2026, 2026-11-18",
            "2027, 2027-11-17"})
    void bussUndBettagIsTheWednesdayBefore23November(int year, LocalDate expected) {
        assertThat(PublicHolidays.repentanceDay(year)).isEqualTo(expected);
    }

    @Test
    void berlin2026HasWomensDay() {
        assertThat(PublicHolidays.of(Bundesland.BE, 2026)).hasSize(10)
                .containsEntry(LocalDate.of(2026, 3, 8), "Internationaler Frauentag");
        assertThat(PublicHolidays.isHoliday(Bundesland.MV, LocalDate.of(2026, 3, 8))).isTrue();
        assertThat(PublicHolidays.isHoliday(Bundesland.HH, LocalDate.of(2026, 3, 8))).isFalse();
    }

    @Test
    void onlyBrandenburgHasEasterAndWhitSunday() {
        assertThat(PublicHolidays.of(Bundesland.BB, 2026)).hasSize(12)
                .containsEntry(LocalDate.of(2026, 4, 5), "Ostersonntag")
                .containsEntry(LocalDate.of(2026, 5, 24), "Pfingstsonntag")
                .containsEntry(LocalDate.of(2026, 10, 31), "Reformationstag");
        assertThat(PublicHolidays.isHoliday(Bundesland.BE, LocalDate.of(2026, 4, 5))).isFalse();
    }

    @Test
    void thueringenHasWorldChildrensDay() {
        assertThat(PublicHolidays.holidayName(Bundesland.TH, LocalDate.of(2026, 9, 20))).contains("Weltkindertag");
        assertThat(PublicHolidays.isHoliday(Bundesland.SN, LocalDate.of(2026, 9, 20))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Bundesland.class)
    void everyStateHasTheNineNationwideHolidays(Bundesland state) {
        assertThat(PublicHolidays.of(state, 2027)).containsKeys(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29),
                LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17),
                LocalDate.of(2027, 10, 3), LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26));
    }

    @Test
    void coincidingHolidaysKeepBothNames() {
        // 2008: Easter on 23 March puts Christi Himmelfahrt on 1 May.
        assertThat(PublicHolidays.of(Bundesland.HH, 2008))
                .containsEntry(LocalDate.of(2008, 5, 1), "Tag der Arbeit / Christi Himmelfahrt");
    }

    @Test
    void stateCodesAreParsedLeniently() {
        assertThat(Bundesland.fromCode(" nw ")).isEqualTo(Bundesland.NW);
        assertThat(Bundesland.TH.germanName()).isEqualTo("Thüringen");
        assertThat(Bundesland.values()).hasSize(16);
        assertThatIllegalArgumentException().isThrownBy(() -> Bundesland.fromCode("XX")).withMessageContaining("'XX'");
    }
}
