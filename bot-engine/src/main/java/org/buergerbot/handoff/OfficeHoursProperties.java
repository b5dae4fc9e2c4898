package org.buergerbot.handoff;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the hours in which chats can be handed off to a human, e.g.
 * <pre>{@code
 * buergerbot.handoff.office-hours:
 *   zone: Europe/Berlin
 *   state: NW
 *   hotline: "115"
 *   week:
 *     monday: "08:00-12:00,14:00-18:00"
 *     friday: "08:00-12:00"
 *   closed-days: ["12-24", "12-31"]
 * }</pre>
 * Without {@code week} the Musterstadt hours apply (Mo, Di, Do 08:00–12:00 and 14:00–16:00; Mi, Fr 08:00–12:00).
 *
 * @param zone       time-zone id, default {@code Europe/Berlin}
 * @param state      two-letter code of the Bundesland whose public holidays close the office, default {@code NW}
 * @param hotline    phone number offered for a handoff, default {@code 115}
 * @param week       lowercase English day name ({@code monday}..{@code sunday}) to comma-separated {@code HH:mm-HH:mm}
 *                   ranges; a missing or blank day is closed
 * @param closedDays extra closing days every year as {@code MM-dd} (e.g. {@code 12-24}); 24 and 31 December are
 *                   normal days unless listed here
 */
@ConfigurationProperties("buergerbot.handoff.office-hours")
public record OfficeHoursProperties(String zone, String state, String hotline, Map<String, String> week,
                                    List<String> closedDays) {

    private static final String PREFIX = "buergerbot.handoff.office-hours.";
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** Fills in the defaults for everything not configured. */
    public OfficeHoursProperties {
        zone = isBlank(zone) ? "Europe/Berlin" : zone.strip();
        state = isBlank(state) ? "NW" : state.strip();
        hotline = isBlank(hotline) ? "115" : hotline.strip();
        week = week == null ? musterstadtWeek() : Map.copyOf(week);
        closedDays = closedDays == null ? List.of() : List.copyOf(closedDays);
    }

    /**
     * Parses and validates the configuration.
     *
     * @throws IllegalArgumentException naming the property and the offending text if anything cannot be parsed
     */
    public OfficeHours toOfficeHours() {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(PREFIX + "zone: unknown time zone '" + zone + "'", e);
        }
        Bundesland bundesland;
        try {
            bundesland = Bundesland.fromCode(state);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + "state: " + e.getMessage(), e);
        }
        Map<DayOfWeek, List<OfficeHours.Range>> parsedWeek = new EnumMap<>(DayOfWeek.class);
        week.forEach((dayName, text) -> {
            DayOfWeek day = parseDay(dayName);
            if (parsedWeek.containsKey(day)) {
                throw new IllegalArgumentException(PREFIX + "week: day '" + dayName + "' is configured twice");
            }
            parsedWeek.put(day, parseRanges(day, dayName, text));
        });
        Set<MonthDay> parsedClosedDays = new LinkedHashSet<>();
        for (String text : closedDays) {
            try {
                parsedClosedDays.add(MonthDay.parse(text == null ? "" : text.strip(), MONTH_DAY));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(PREFIX + "closed-days: invalid day '" + text
                        + "', expected MM-dd such as '12-24'", e);
            }
        }
        return new OfficeHours(parsedWeek, zoneId, bundesland, hotline, parsedClosedDays);
    }

    private static DayOfWeek parseDay(String dayName) {
        try {
            return DayOfWeek.valueOf(dayName.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(PREFIX + "week: unknown day '" + dayName
                    + "', expected one of monday, tuesday, wednesday, thursday, friday, saturday, sunday", e);
        }
    }

    private static List<OfficeHours.Range> parseRanges(DayOfWeek day, String dayName, String text) {
        if (isBlank(text)) {
            return List.of();
        }
        List<OfficeHours.Range> ranges = new ArrayList<>();
        try {
            for (String part : text.split(",", -1)) {
                Matcher matcher = RANGE.matcher(part.strip());
                if (!matcher.matches()) {
                    throw new IllegalArgumentException("'" + part.strip() + "' is not of the form HH:mm-HH:mm");
                }
                ranges.add(new OfficeHours.Range(parseTime(matcher.group(1)), parseTime(matcher.group(2))));
            }
            return OfficeHours.sortedRanges(day, ranges);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + "week." + dayName + ": invalid opening hours '" + text
                    + "': " + e.getMessage() + "; expected e.g. '08:00-12:00,14:00-18:00'", e);
        }
    }

    private static LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is no valid time of day", e);
        }
    }

    private static Map<String, String> musterstadtWeek() {
        return Map.of(
                "monday", "08:00-12:00,14:00-16:00",
                "tuesday", "08:00-12:00,14:00-16:00",
                "wednesday", "08:00-12:00",
                "thursday", "08:00-12:00,14:00-16:00",
                "friday", "08:00-12:00");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
