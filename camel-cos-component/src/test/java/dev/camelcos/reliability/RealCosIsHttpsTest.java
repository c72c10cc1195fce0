package dev.camelcos.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Real COS is only ever spoken to over https: every URL the client builds for it (requests and pre-signed links
 * alike) is https, and plain http appears only when an endpoint names it.
 */
class RealCosIsHttpsTest {

    private static final String BUCKET = "examplebucket-1250000000";

    private static CosClient client(String endpoint) {
        return new CosClient(CosClientConfig.builder().region("ap-shanghai").endpoint(endpoint)
                .credentialsProvider(StaticCredentialsProvider.of("AKIDhttps", "https-secret")).build());
    }

    private static List<String> urls(CosClient client) {
        return List.of(client.createDownloadLink(BUCKET, "a/b.txt", Duration.ofMinutes(5), Map.of("versionId", "v")),
                client.createUploadLink(BUCKET, "a/b.txt", Duration.ofMinutes(5)));
    }

    @Test
    void withoutAnEndpointEveryUrlIsHttpsToCos() {
        try (CosClient cos = client(null)) {
            assertThat(urls(cos)).allSatisfy(url -> assertThat(url)
                    .startsWith("https://" + BUCKET + ".cos.ap-shanghai.myqcloud.com/a/b.txt?"));
        }
    }

    @Test
    void httpOnlyWhenAnEndpointSaysSo() {
        try (CosClient local = client("http://127.0.0.1:9000"); CosClient tls = client("https://cos.example.com")) {
            assertThat(urls(local)).allSatisfy(url -> assertThat(url).startsWith("http://127.0.0.1:9000/" + BUCKET));
            assertThat(urls(tls)).allSatisfy(url -> assertThat(url).startsWith("https://" + BUCKET
                    + ".cos.example.com/"));
        }
        assertThatThrownBy(() -> client("cos.example.com")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cos.example.com").hasMessageContaining("http or https");
    }
}
