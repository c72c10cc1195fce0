package dev.camelcos.reliability.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.CosException;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.internal.CosXml;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.client.model.CopySource;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.client.model.PartETag;
import dev.camelcos.client.model.PutObjectRequest;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes what the client reads from COS: XML bodies ({@link CosXml#read}), error bodies, headers
 * ({@code ObjectMetadata.fromHeaders}) and listing decoding, through every reading operation of {@link CosClient}.
 * <p>
 * The documented outcomes, and the only ones allowed: an operation returns, or throws a {@link CosException}
 * ({@code CosServiceException} for an error answer, {@code CosClientException} for an answer it cannot read);
 * {@link CosXml#read} throws {@link IOException}; reading a download's content throws {@link IOException}. Anything
 * else (a {@code NumberFormatException}, an {@code IllegalArgumentException}, a hang) is a finding.
 * <p>
 * With {@code JAZZER_FUZZ=1} Jazzer fuzzes one {@link FuzzTest} for its {@code maxDuration}; in a normal build it
 * runs only the seeds, so {@link #boundedGeneratedInputs()} feeds a bounded number of generated inputs (system
 * property {@code reliability.fuzz.inputs}) through the same targets in every build.
 */
class ClientResponseFuzzTest {

    private static final String BUCKET = "fuzz-1250000000";
    private static final List<Integer> STATUSES = List.of(200, 200, 200, 204, 206, 301, 304, 400, 403, 404, 409,
            412, 416, 500, 503);
    private static final List<String> HEADER_NAMES = List.of("Content-Type", "ETag", "Last-Modified",
            "x-cos-hash-crc64ecma", "x-cos-meta-name", "X-COS-META-Other", "x-cos-request-id", "Content-Range",
            "x-cos-storage-class", "Date", "Access-Control-Max-Age", "Access-Control-Allow-Origin",
            "x-cos-version-id", "x-cos-restore", "Expires");
    private static final List<String> HEADER_VALUES = List.of("", " ", "abc", "-1", "0", "12345",
            "18446744073709551615", "18446744073709551616", "Mon, 01 Jan 2024 00:00:00 GMT", "2024-13-45",
            "\"etag\"", "bytes 0-1/2", "%zz", "\u00e9t\u00e9");

    private static MockWebServer server;
    private static CosClient client;
    private static volatile MockResponse next = new MockResponse();

    @BeforeAll
    static void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return next;
            }
        });
        server.start();
        client = new CosClient(CosClientConfig.builder().region("ap-guangzhou")
                .endpoint("http://127.0.0.1:" + server.getPort())
                .credentialsProvider(StaticCredentialsProvider.of("AKIDfuzz", "fuzz-secret"))
                .readTimeout(Duration.ofSeconds(2)).retryPolicy(RetryPolicy.NONE).build());
    }

    @AfterAll
    static void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    /** An XML body: parsed into a known answer, or refused with an IOException. */
    @FuzzTest(maxDuration = "60s")
    void xmlBodies(FuzzedDataProvider data) {
        try {
            CosXml.read(new ByteArrayInputStream(XmlAnswers.body(data)));
        } catch (IOException documented) {
            // not the XML expected
        }
    }

    /** A whole answer (status, headers, body) to one of the client's operations. */
    @FuzzTest(maxDuration = "60s")
    void answers(FuzzedDataProvider data) {
        Operation operation = data.pickValue(Operation.values());
        MockResponse response = new MockResponse().setResponseCode(data.pickValue(STATUSES))
                .setHeader("Connection", "close");
        int headers = data.consumeInt(0, 5);
        for (int i = 0; i < headers; i++) {
            String value = data.consumeBoolean() ? data.pickValue(HEADER_VALUES) : data.consumeAsciiString(30);
            response.addHeaderLenient(data.pickValue(HEADER_NAMES), value.replaceAll("[\r\n]", ""));
        }
        next = response.setBody(new okio.Buffer().write(XmlAnswers.body(data)));
        try {
            operation.call(client);
        } catch (CosException documented) {
            // an error answer or one the client cannot read, each named
        } catch (IOException documented) {
            // only from reading a download's content
        }
    }

    @Test
    void boundedGeneratedInputs() {
        FuzzDriver.run(getClass().getSimpleName(), this::xmlBodies, this::answers);
    }

    /** The client's operations that read an answer. */
    enum Operation {
        HEAD {
            @Override
            void call(CosClient client) {
                client.headObject(new GetObjectRequest(BUCKET, "k"));
            }
        },
        GET {
            @Override
            void call(CosClient client) throws IOException {
                try (CosObject object = client.getObject(new GetObjectRequest(BUCKET, "k"));
                        InputStream in = object.getContent()) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        },
        PUT {
            @Override
            void call(CosClient client) {
                client.putObject(new PutObjectRequest(BUCKET, "k", CosRequestBody.of(new byte[] { 1, 2, 3 })));
            }
        },
        LIST {
            @Override
            void call(CosClient client) {
                client.listAllObjects(new ListObjectsRequest(BUCKET)).forEach(summary -> summary.getKey());
            }
        },
        LIST_UPLOADS {
            @Override
            void call(CosClient client) {
                client.listMultipartUploads(BUCKET, null, null, null, null, null);
            }
        },
        LIST_PARTS {
            @Override
            void call(CosClient client) {
                client.listParts(BUCKET, "k", "u", null, null);
            }
        },
        INITIATE {
            @Override
            void call(CosClient client) {
                client.initiateMultipartUpload(BUCKET, "k", null, null);
            }
        },
        COMPLETE {
            @Override
            void call(CosClient client) {
                client.completeMultipartUpload(BUCKET, "k", "u", List.of(new PartETag(1, "\"e\"")));
            }
        },
        COPY {
            @Override
            void call(CosClient client) {
                client.copyObject(new CopySource(BUCKET, "a"), BUCKET, "b", null, null);
            }
        },
        DELETE_MANY {
            @Override
            void call(CosClient client) {
                client.deleteObjects(BUCKET, List.of("a", "b"), false);
            }
        },
        PREFLIGHT {
            @Override
            void call(CosClient client) {
                client.optionsObject(BUCKET, "k", "https://example.com", "GET", null);
            }
        },
        LIST_BUCKETS {
            @Override
            void call(CosClient client) {
                client.listBuckets();
            }
        };

        abstract void call(CosClient client) throws IOException;
    }
}
