package dev.camelcos.component.routes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.qcloud.cos.model.COSObject;
import com.qcloud.cos.model.ListMultipartUploadsRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelcos.component.CosComponent;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A length is a promise, checked: a stream longer or shorter than the length declared for it fails its write and
 * nothing is stored, and a length header that describes something else (an object read, an HTTP body) is never
 * taken as the length of what a producer writes.
 */
class DeclaredLengthTest extends EmulatorRouteTestSupport {

    private static final int MIB = 1024 * 1024;

    @Override
    protected void configureRoutes(RouteBuilder routes) {
        routes.from("cos:" + BUCKET + "?prefix=zipped/&deleteAfterRead=false&delay=20")
                .process(exchange -> exchange.getMessage().setBody(
                        new GZIPInputStream(exchange.getMessage().getBody(InputStream.class))))
                .setHeader(CosConstants.OPERATION, routes.constant(CosOperation.upload))
                .to("cos:" + OTHER_BUCKET);
    }

    /** Multipart from 5 MiB on, in 1 MiB parts, so that uploads of a few MiB go multipart. */
    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CosConfiguration defaults = context.getComponent("cos", CosComponent.class).getConfiguration();
        defaults.setMultipartThreshold(5 * MIB);
        defaults.setPartSize(MIB);
        return context;
    }

    @Test
    void aStreamLongerThanItsDeclaredLengthFailsAndStoresNothing() {
        Exchange result = cos(CosOperation.putObject, stream("twenty bytes exactly"),
                Map.of(CosConstants.KEY, "longer.txt", CosConstants.BODY_LENGTH, 10L));

        assertThat(result.getException()).hasStackTraceContaining("longer than its declared length of 10 bytes");
        assertThat(sdk.doesObjectExist(BUCKET, "longer.txt")).isFalse();
    }

    @Test
    void aStreamShorterThanItsDeclaredLengthFailsAndStoresNothing() {
        Exchange result = cos(CosOperation.putObject, stream("short"),
                Map.of(CosConstants.KEY, "shorter.txt", CosConstants.BODY_LENGTH, 10L));

        assertThat(result.getException()).hasStackTraceContaining("ended after 5 bytes")
                .hasStackTraceContaining("declared length is 10 bytes");
        assertThat(sdk.doesObjectExist(BUCKET, "shorter.txt")).isFalse();
    }

    @Test
    void aStreamOfExactlyItsDeclaredLengthIsStored() {
        cosOk(CosOperation.putObject, stream("twenty bytes exactly"),
                Map.of(CosConstants.KEY, "exact.txt", CosConstants.BODY_LENGTH, 20L));

        assertThat(sdkRead(BUCKET, "exact.txt")).isEqualTo("twenty bytes exactly");
    }

    @Test
    void aNegativeDeclaredLengthIsRefusedBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.putObject, stream("x"),
                Map.of(CosConstants.KEY, "negative.txt", CosConstants.BODY_LENGTH, -5L))
                .hasMessageContaining(CosConstants.BODY_LENGTH).hasMessageContaining("-5");
    }

    @Test
    void aPartLongerThanItsDeclaredLengthFailsAndIsNotStored() {
        Exchange initiated = cosOk(CosOperation.initiateMultipartUpload, null, Map.of(CosConstants.KEY, "part.bin"));
        String uploadId = initiated.getMessage().getHeader(CosConstants.UPLOAD_ID, String.class);

        Exchange result = cos(CosOperation.uploadPart, stream("twenty bytes exactly"), Map.of(CosConstants.KEY,
                "part.bin", CosConstants.UPLOAD_ID, uploadId, CosConstants.PART_NUMBER, 1,
                CosConstants.BODY_LENGTH, 10L));

        assertThat(result.getException()).hasStackTraceContaining("longer than its declared length of 10 bytes");
        Exchange parts = cosOk(CosOperation.listParts, null, Map.of(CosConstants.KEY, "part.bin",
                CosConstants.UPLOAD_ID, uploadId));
        assertThat(parts.getMessage().getBody(java.util.List.class)).isEmpty();
        cosOk(CosOperation.abortMultipartUpload, null, Map.of(CosConstants.KEY, "part.bin",
                CosConstants.UPLOAD_ID, uploadId));
    }

    @Test
    void staleLengthHeadersOfAnHttpRouteOrAnObjectReadDoNotTruncateTheStream() {
        cosOk(CosOperation.putObject, stream("the whole transformed body"), Map.of(CosConstants.KEY, "stale.txt",
                Exchange.CONTENT_LENGTH, "10", CosConstants.CONTENT_LENGTH, 4L));

        assertThat(sdkRead(BUCKET, "stale.txt")).isEqualTo("the whole transformed body");
    }

    @Test
    void staleLengthHeadersDoNotTruncateAMultipartUploadEither() {
        byte[] content = randomBytes(7 * MIB);
        cosOk(CosOperation.upload, new ByteArrayInputStream(content), Map.of(CosConstants.KEY, "stale-upload.bin",
                Exchange.CONTENT_LENGTH, 3 * MIB, CosConstants.CONTENT_LENGTH, (long) 3 * MIB));

        assertThat(sdkBytes(BUCKET, "stale-upload.bin")).isEqualTo(content);
    }

    @Test
    void anUploadOfAStreamLongerThanDeclaredFailsAndLeavesNoUnfinishedUpload() {
        Exchange result = cos(CosOperation.upload, new ByteArrayInputStream(randomBytes(12 * MIB)),
                Map.of(CosConstants.KEY, "upload-longer.bin", CosConstants.BODY_LENGTH, (long) 6 * MIB));

        assertThat(result.getException()).hasMessageContaining("longer than its declared length of " + 6 * MIB);
        assertThat(sdk.doesObjectExist(BUCKET, "upload-longer.bin")).isFalse();
        assertThat(unfinishedUploads("upload-longer.bin")).isZero();
    }

    @Test
    void anUploadOfAStreamShorterThanDeclaredFailsAndLeavesNoUnfinishedUpload() {
        Exchange result = cos(CosOperation.upload, new ByteArrayInputStream(randomBytes(7 * MIB)),
                Map.of(CosConstants.KEY, "upload-shorter.bin", CosConstants.BODY_LENGTH, (long) 9 * MIB));

        assertThat(result.getException()).hasMessageContaining("ended after " + 7 * MIB)
                .hasMessageContaining("declared length is " + 9 * MIB);
        assertThat(sdk.doesObjectExist(BUCKET, "upload-shorter.bin")).isFalse();
        assertThat(unfinishedUploads("upload-shorter.bin")).isZero();
    }

    @Test
    void consumedGzipUnzippedInTheRouteIsUploadedWhole() throws IOException {
        byte[] content = randomText(6 * MIB + 123);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(content);
        }
        sdk.putObject(BUCKET, "zipped/log.txt", new ByteArrayInputStream(zipped.toByteArray()), null);

        await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> sdk.doesObjectExist(OTHER_BUCKET, "zipped/log.txt"));
        assertThat(sdkBytes(OTHER_BUCKET, "zipped/log.txt")).isEqualTo(content);
    }

    private static int unfinishedUploads(String key) {
        return sdk.listMultipartUploads(new ListMultipartUploadsRequest(BUCKET).withPrefix(key))
                .getMultipartUploads().size();
    }

    private static byte[] sdkBytes(String bucket, String key) {
        try (COSObject object = sdk.getObject(bucket, key); InputStream in = object.getObjectContent()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    /** Text that compresses well, so that the compressed object is much shorter than its content. */
    private static byte[] randomText(int size) {
        byte[] bytes = new byte[size];
        Random random = new Random(size);
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(4));
        }
        return bytes;
    }
}
