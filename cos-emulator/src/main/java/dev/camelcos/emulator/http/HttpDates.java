package dev.camelcos.emulator.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The two date forms COS uses: RFC 1123 in headers, ISO 8601 with milliseconds in XML. */
public final class HttpDates {
    private static final DateTimeFormatter RFC1123 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.US).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    public static String rfc1123(Instant t) {
        return RFC1123.format(t);
    }

    public static String iso(Instant t) {
        return ISO.format(t);
    }

    /** Returns null for an unparseable date, which conditional headers then ignore, as HTTP says. */
    public static Instant parse(String value) {
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
