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
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException notIso) {
            try {
                return ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException notRfc) {
                return null;
            }
        }
    }

    public static String rfc1123(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }
}
