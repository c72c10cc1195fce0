package dev.camelcos.client.model;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CosDatesTest {

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
    @ValueSource(strings = {"  ", "yesterday", "2024-13-45", "Tue, 99 Jan 2024"})
    void answersNullForWhatIsNotADate(String text) {
        assertThat(CosDates.parse(text)).isNull();
    }
}
