package dev.camelcos.component.producer;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** createDownloadLink and createUploadLink: URLs anyone can use, no credentials needed. */
class LinksTest extends EmulatorRouteTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    private String link(CosOperation operation, Map<String, ?> headers) {
        emulator.clearRequests();
        String url = cosOk(operation, null, headers).getMessage().getBody(String.class);
        assertThat(emulator.requests()).as("making a link sends nothing").isEmpty();
        return url;
    }

    /** The end of the validity the link's signature declares (q-sign-time=start;end), in epoch seconds. */
    private static long signedUntil(String url) {
        String query = URI.create(url).getRawQuery();
        String signTime = Arrays.stream(query.split("&")).filter(p -> p.startsWith("q-sign-time=")).findFirst()
                .map(p -> URLDecoder.decode(p.substring("q-sign-time=".length()), StandardCharsets.UTF_8))
                .orElseThrow();
        return Long.parseLong(signTime.substring(signTime.indexOf(';') + 1));
    }

    @Test
    void aDownloadLinkServesTheObjectWithoutCredentials() throws Exception {
        sdkPut(BUCKET, "links/report.txt", "shared report");

        String url = link(CosOperation.createDownloadLink, Map.of(CosConstants.KEY, "links/report.txt"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("shared report");
    }

    @Test
    void anUploadLinkStoresWhatIsPutToIt() throws Exception {
        String url = link(CosOperation.createUploadLink, Map.of(CosConstants.KEY, "links/dropped.txt"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .PUT(HttpRequest.BodyPublishers.ofString("dropped by a browser")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sdkRead(BUCKET, "links/dropped.txt")).isEqualTo("dropped by a browser");
    }

    @Test
    void theExpirationHeaderSetsHowLongALinkIsValidDefaultingToAnHour() {
        long before = Instant.now().getEpochSecond();
        String tenMinutes = link(CosOperation.createDownloadLink,
                Map.of(CosConstants.KEY, "links/x", CosConstants.LINK_EXPIRATION, 600));
        String upload = link(CosOperation.createUploadLink,
                Map.of(CosConstants.KEY, "links/x", CosConstants.LINK_EXPIRATION, "120"));
        String byDefault = link(CosOperation.createDownloadLink, Map.of(CosConstants.KEY, "links/x"));
        long after = Instant.now().getEpochSecond();

        assertThat(signedUntil(tenMinutes)).isBetween(before + 600, after + 600);
        assertThat(signedUntil(upload)).isBetween(before + 120, after + 120);
        assertThat(signedUntil(byDefault)).isBetween(before + 3600, after + 3600);
    }

    @Test
    void theKeyHeaderOverridesKeyName() throws Exception {
        sdkPut(BUCKET, "links/by-header.txt", "header wins");

        Exchange result = template.send("cos:" + BUCKET + "?operation=createDownloadLink&keyName=links/by-option.txt",
                e -> e.getMessage().setHeader(CosConstants.KEY, "links/by-header.txt"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(result.getMessage().getBody(String.class))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("header wins");
    }

    @Test
    void aMissingKeyOrANonPositiveExpirationFailsBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.createUploadLink, null, Map.of())
                .hasMessageContaining("createUploadLink needs an object key");
        failsBeforeAnyRequest(CosOperation.createDownloadLink, null,
                Map.of(CosConstants.KEY, "links/x", CosConstants.LINK_EXPIRATION, 0))
                .hasMessageContaining(CosConstants.LINK_EXPIRATION).hasMessageContaining("at least 1 second");
    }
}
