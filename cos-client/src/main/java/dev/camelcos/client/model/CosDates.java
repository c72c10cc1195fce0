package dev.camelcos.client.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The two date forms COS uses: ISO-8601 in XML bodies, RFC 1123 in headers. */
public final class CosDates {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /** The last second formatted: every request signed in the same second sends the same Date. */
    private static volatile Formatted lastFormatted = new Formatted(Long.MIN_VALUE, null);

    private CosDates() {
    }

    /** Parses either form; null or unparsable text gives null (a date is never worth failing a transfer for). */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        Instant fixed = imfFixdate(trimmed);
        if (fixed != null) {
            return fixed;
        }
        // ISO-8601 starts with the year, RFC 1123 mostly with the day's name: trying ISO only on a digit spares a
        // failed parse, and its exception
        if (Character.isDigit(trimmed.charAt(0))) {
            try {
                return Instant.parse(trimmed);
            } catch (DateTimeParseException notIso) {
                // RFC 1123 without the day's name
            }
        }
        try {
            return ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException unparsable) {
            return null;
        }
    }

    public static String rfc1123(Instant instant) {
        long second = instant.getEpochSecond();
        Formatted last = lastFormatted;
        if (last.second() != second) {
            last = new Formatted(second, DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC)));
            lastFormatted = last;
        }
        return last.text();
    }

    /**
     * The one form every HTTP server sends, {@code Tue, 02 Jan 2024 03:04:05 GMT}, read by position: every answer
     * carries one or two, and the JDK's general RFC 1123 parser costs more than the rest of the answer's headers.
     * Null for any other form, which the general parser then reads (or refuses).
     */
    static Instant imfFixdate(String t) {
        if (t.length() != 29 || t.charAt(3) != ',' || t.charAt(4) != ' ' || t.charAt(7) != ' '
                || t.charAt(11) != ' ' || t.charAt(16) != ' ' || t.charAt(19) != ':' || t.charAt(22) != ':'
                || !t.endsWith(" GMT")) {
            return null;
        }
        int month = MONTHS.indexOf(t.substring(8, 11));
        int day = digits(t, 5, 2);
        int year = digits(t, 12, 4);
        int hour = digits(t, 17, 2);
        int minute = digits(t, 20, 2);
        int second = digits(t, 23, 2);
        if (month < 0 || month % 3 != 0 || day < 0 || year < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            LocalDateTime time = LocalDateTime.of(year, month / 3 + 1, day, hour, minute, second);
            return t.startsWith(DAYS[time.getDayOfWeek().ordinal()]) ? time.toInstant(ZoneOffset.UTC) : null;
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** The decimal number of {@code count} digits at {@code from}; -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private record Formatted(long second, String text) {
    }
}
