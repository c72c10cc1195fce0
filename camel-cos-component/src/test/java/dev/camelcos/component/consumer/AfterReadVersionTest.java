package dev.camelcos.component.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.client.model.ObjectSummary;
import dev.camelcos.component.CosConfiguration;

/**
 * The delete after read names the version it checked, so that in a versioned bucket (which the emulator does not
 * emulate; COS answers HEAD with x-cos-version-id there) a version written after the check is not the one deleted.
 */
class AfterReadVersionTest {

    private static final String BUCKET = "examplebucket-1250000000";
    private static final String ETAG = "\"0123456789abcdef0123456789abcdef\"";

    private final MockWebServer cos = new MockWebServer();
    private CosClient client;
    private AfterRead afterRead;

    @BeforeEach
    void start() throws IOException {
        cos.start();
        client = new CosClient(CosClientConfig.builder().region("ap-guangzhou").endpoint("http://127.0.0.1:"
                + cos.getPort()).credentialsProvider(StaticCredentialsProvider.of("AKIDversion", "version-secret"))
                .retryPolicy(RetryPolicy.NONE).build());
        CosConfiguration configuration = new CosConfiguration();
        configuration.setBucketName(BUCKET);
        configuration.setRegion("ap-guangzhou");
        configuration.setDeleteAfterRead(true);
        afterRead = new AfterRead(client, ConsumerOptions.of(configuration));
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        cos.shutdown();
    }

    @Test
    void inAVersionedBucketTheVersionCheckedIsTheOneDeleted() throws Exception {
        ObjectSummary object = listed();
        cos.enqueue(new MockResponse().setHeader("ETag", ETAG).setHeader("x-cos-version-id", "MTg0NDUxNTc1NjIz"));
        cos.enqueue(new MockResponse().setResponseCode(204));

        afterRead.apply(object);

        RecordedRequest head = cos.takeRequest();
        assertThat(head.getMethod()).isEqualTo("HEAD");
        assertThat(head.getHeader("If-Match")).isEqualTo(ETAG);
        RecordedRequest delete = cos.takeRequest();
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getRequestUrl().queryParameter("versionId")).isEqualTo("MTg0NDUxNTc1NjIz");
    }

    @Test
    void withoutVersioningTheKeyIsDeleted() throws Exception {
        ObjectSummary object = listed();
        cos.enqueue(new MockResponse().setHeader("ETag", ETAG).setHeader("x-cos-version-id", "null"));
        cos.enqueue(new MockResponse().setResponseCode(204));

        afterRead.apply(object);

        cos.takeRequest();
        RecordedRequest delete = cos.takeRequest();
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getRequestUrl().queryParameterNames()).doesNotContain("versionId");
    }

    private ObjectSummary listed() throws InterruptedException {
        cos.enqueue(new MockResponse().setHeader("Content-Type", "application/xml").setBody(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult><Name>" + BUCKET + "</Name>"
                + "<Prefix></Prefix><Marker></Marker><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>"
                + "<Contents><Key>in/a.csv</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified>"
                + "<ETag>" + ETAG + "</ETag><Size>3</Size><StorageClass>STANDARD</StorageClass></Contents>"
                + "</ListBucketResult>"));
        ObjectSummary object = client.listObjects(new ListObjectsRequest(BUCKET)).getContents().get(0);
        cos.takeRequest();
        return object;
    }
}
