package org.buergerbot.handoff;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * When a human agent can be reached: weekly opening hours in a time zone, closed all day on the public holidays of a
 * {@link Bundesland} and on optional extra closing days (e.g. 24 and 31 December, which are otherwise normal days).
 *
 * @param week       opening ranges per day of the week; a missing or empty day is closed
 * @param zone       the zone the opening hours are meant in, usually {@code Europe/Berlin}
 * @param state      the state whose public holidays close the office
 * @param hotline    the phone number to offer while the office is open (e.g. {@code 115})
 * @param closedDays extra days closed every year on top of the public holidays
 */
public record OfficeHours(Map<DayOfWeek, List<Range>> week, ZoneId zone, Bundesland state, String hotline,
                          Set<MonthDay> closedDays) {

    /** The default zone of German offices. */
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** How many days ahead {@link #nextOpening(Instant)} looks at most. */
    public static final int MAX_LOOKAHEAD_DAYS = 14;

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * One opening range on a day, from {@code start} (inclusive) to {@code end} (exclusive).
     *
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public record Range(LocalTime start, LocalTime end) {

        public Range {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("Opening range must end after it starts: " + start + "–" + end);
            }
        }

        /** Whether {@code time} lies in this range (start inclusive, end exclusive). */
        public boolean contains(LocalTime time) {
            return !time.isBefore(start) && time.isBefore(end);
        }

        @Override
        public String toString() {
            return HH_MM.format(start) + "–" + HH_MM.format(end);
        }
    }

    /**
     * Validates and copies the configuration; ranges of a day are sorted and must not overlap.
     *
     * @throws IllegalArgumentException if two ranges of one day overlap
     */
    public OfficeHours {
        Objects.requireNonNull(week, "week");
        zone = zone == null ? BERLIN : zone;
        Objects.requireNonNull(state, "state");
        hotline = hotline == null ? "" : hotline;
        closedDays = closedDays == null ? Set.of() : Set.copyOf(closedDays);
        Map<DayOfWeek, List<Range>> copy = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, ranges) -> {
            List<Range> sorted = sortedRanges(day, ranges);
            if (!sorted.isEmpty()) {
                copy.put(day, sorted);
            }
        });
        week = Collections.unmodifiableMap(copy);
    }

    /**
     * The ranges of one day sorted by start, as an immutable list.
     *
     * @throws IllegalArgumentException if two of them overlap
     */
    static List<Range> sortedRanges(DayOfWeek day, List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(Objects.requireNonNull(ranges, "ranges of " + day));
        sorted.sort(Comparator.comparing(Range::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("Opening ranges overlap on " + day + ": " + sorted.get(i - 1)
                        + " and " + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }

    /** Opening hours in Europe/Berlin without extra closing days. */
    public OfficeHours(Map<DayOfWeek, List<Range>> week, Bundesland state, String hotline) {
        this(week, BERLIN, state, hotline, Set.of());
    }

    /** The opening ranges of {@code day}, sorted; empty if the office is closed that weekday. */
    public List<Range> rangesOn(DayOfWeek day) {
        return week.getOrDefault(day, List.of());
    }

    /** Whether the office is closed all day on {@code date}: holiday, extra closing day or weekday without hours. */
    public boolean isClosedAllDay(LocalDate date) {
        return closedDays.contains(MonthDay.from(date)) || PublicHolidays.isHoliday(state, date)
                || rangesOn(date.getDayOfWeek()).isEmpty();
    }

    /** Whether the office is open at {@code instant}, judged by the local wall-clock time in {@link #zone()}. */
    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalDate date = local.toLocalDate();
        if (isClosedAllDay(date)) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return rangesOn(date.getDayOfWeek()).stream().anyMatch(range -> range.contains(time));
    }

    /**
     * The earliest moment at or after {@code from} at which the office is open, in {@link #zone()}: {@code from} itself
     * if it is open then, otherwise the start of the next opening range. Looks at most {@value #MAX_LOOKAHEAD_DAYS}
     * days ahead and skips holidays and closing days.
     */
    public Optional<ZonedDateTime> nextOpening(Instant from) {
        ZonedDateTime start = from.atZone(zone);
        if (isOpen(from)) {
            return Optional.of(start);
        }
        LocalDate today = start.toLocalDate();
        for (int offset = 0; offset <= MAX_LOOKAHEAD_DAYS; offset++) {
            LocalDate date = today.plusDays(offset);
            if (isClosedAllDay(date)) {
                continue;
            }
            for (Range range : rangesOn(date.getDayOfWeek())) {
                // A start inside a DST gap is moved forward by the length of the gap; isOpen re-checks the result.
                ZonedDateTime opening = ZonedDateTime.of(date, range.start(), zone);
                if (opening.toInstant().isAfter(from) && isOpen(opening.toInstant())) {
                    return Optional.of(opening);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A short human text of the weekly hours, e.g. {@code "Mo 08:00–12:00, 14:00–18:00; Mi 08:00–12:00"}; German for
     * German locales, English ({@code "Mon 08:00–12:00, …"}) otherwise. Closed weekdays are left out.
     */
    public String describe(Locale locale) {
        boolean german = locale != null && "de".equals(locale.getLanguage());
        StringJoiner days = new StringJoiner("; ");
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Range> ranges = rangesOn(day);
            if (!ranges.isEmpty()) {
                StringJoiner hours = new StringJoiner(", ");
                ranges.forEach(range -> hours.add(range.toString()));
                days.add(dayAbbreviation(day, german) + " " + hours);
            }
        }
        if (days.length() == 0) {
            return german ? "derzeit keine Öffnungszeiten" : "currently no opening hours";
        }
        return days.toString();
    }

    private static String dayAbbreviation(DayOfWeek day, boolean german) {
        return switch (day) {
            case MONDAY -> german ? "Mo" : "Mon";
            case TUESDAY -> german ? "Di" : "Tue";
            case WEDNESDAY -> german ? "Mi" : "Wed";
            case THURSDAY -> german ? "Do" : "Thu";
            case FRIDAY -> german ? "Fr" : "Fri";
            case SATURDAY -> german ? "Sa" : "Sat";
            case SUNDAY -> german ? "So" : "Sun";
        };
    }
}
