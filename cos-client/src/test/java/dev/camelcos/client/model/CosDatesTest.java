package dev.camelcos.client.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CosDatesTest {

    /** Every header date a server sends takes the short way; it must read as the JDK's RFC 1123 parser reads it. */
    @Test
    void readsEveryDayOfFourHundredYearsAsTheJdkParserDoes() {
        Random random = new Random(42);
        for (long day = 0; day < 400 * 366; day += 1 + random.nextInt(3)) {
            Instant instant = Instant.ofEpochSecond(day * 86_400 + random.nextInt(86_400));
            String text = DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
            String padded = text.length() == 28 ? text.replace(", ", ", 0") : text;
            assertThat(CosDates.imfFixdate(padded)).as(padded).isEqualTo(instant);
            assertThat(CosDates.parse(padded)).as(padded).isEqualTo(instant);
            assertThat(CosDates.rfc1123(instant)).isEqualTo(text);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-01-02T03:04:05.000Z        | 2024-01-02T03:04:05Z",
            "2024-01-02T03:04:05Z            | 2024-01-02T03:04:05Z",
            "Tue, 02 Jan 2024 03:04:05 GMT   | 2024-01-02T03:04:05Z",
            "' Tue, 2 Jan 2024 03:04:05 GMT' | 2024-01-02T03:04:05Z",
            "2 Jan 2024 03:04:05 GMT         | 2024-01-02T03:04:05Z"})
    void parsesTheIsoFormOfXmlBodiesAndTheRfc1123FormOfHeaders(String text, String expected) {
        assertThat(CosDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "yesterday", "2024-13-45", "Tue, 99 Jan 2024", "Fri, 30 Feb 2024 03:04:05 GMT",
            "Wed, 02 Jan 2024 03:04:05 GMT", "Tue, 02 Jan 2024 24:04:05 GMT", "Tue, 02 Jab 2024 03:04:05 GMT",
            "Tue, 02 anJ 2024 03:04:05 GMT", "Tue, 0x Jan 2024 03:04:05 GMT"})
    void answersNullForWhatIsNotADate(String text) {
        assertThat(CosDates.parse(text)).isNull();
    }
}
