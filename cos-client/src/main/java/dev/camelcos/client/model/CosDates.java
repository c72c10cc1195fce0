package dev.camelcos.client.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The two date forms COS uses: ISO-8601 in XML bodies, RFC 1123 in headers. */
public final class CosDates {

    private CosDates() {
    }

    /** Parses either form; null or unparsable text gives null (a date is never worth failing a transfer for). */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        // ISO-8601 starts with the year, RFC 1123 (headers, by far the most parsed) mostly with the day's name:
        // trying ISO only on a digit spares a failed parse, and its exception, per response
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
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }
}
