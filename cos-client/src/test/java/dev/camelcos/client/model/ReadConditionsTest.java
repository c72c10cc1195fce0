package dev.camelcos.client.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadConditionsTest {

    @Test
    void aReadSendsTheConditionsAsTheStandardHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        new GetObjectRequest("examplebucket-1250000000", "a.txt").setIfMatch("\"e1\"").setIfNoneMatch("\"e2\"")
                .setIfModifiedSince(Instant.parse("2024-01-02T03:04:05Z"))
                .setIfUnmodifiedSince(Instant.parse("2024-02-03T04:05:06Z"))
                .writeConditions("", headers::put);

        assertThat(headers).containsExactly(Map.entry("If-Match", "\"e1\""), Map.entry("If-None-Match", "\"e2\""),
                Map.entry("If-Modified-Since", "Tue, 2 Jan 2024 03:04:05 GMT"),
                Map.entry("If-Unmodified-Since", "Sat, 3 Feb 2024 04:05:06 GMT"));
    }

    @Test
    void aCopySendsThemForItsSourceAndLeavesOutWhatIsUnset() {
        Map<String, String> headers = new LinkedHashMap<>();
        new CopySource("examplebucket-1250000000", "a.txt").setIfMatch("\"e1\"")
                .writeConditions("x-cos-copy-source-", headers::put);

        assertThat(headers).containsExactly(Map.entry("x-cos-copy-source-If-Match", "\"e1\""));
    }
}
