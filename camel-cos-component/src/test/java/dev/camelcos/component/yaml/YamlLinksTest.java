package dev.camelcos.component.yaml;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.camelcos.component.CosConstants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-signed links of docs/yaml.md: a plain HTTP client with no credentials downloads and uploads
 * through them.
 */
class YamlLinksTest extends YamlRouteTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected List<String> documentedRoutes() {
        return List.of("download-link", "upload-link");
    }

    @Test
    void aDownloadLinkGivesTheObjectToAnyone() throws Exception {
        sdkPut(BUCKET, "links/shared.txt", "shared content");

        String link = template.requestBodyAndHeader("direct:downloadLink", null, CosConstants.KEY, "links/shared.txt",
                String.class);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("shared content");
    }

    @Test
    void anUploadLinkLetsAnyoneWriteTheObject() throws Exception {
        String link = template.requestBodyAndHeader("direct:uploadLink", null, CosConstants.KEY, "links/dropped.txt",
                String.class);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(link))
                .PUT(HttpRequest.BodyPublishers.ofString("dropped off")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sdkRead(BUCKET, "links/dropped.txt")).isEqualTo("dropped off");
    }
}
