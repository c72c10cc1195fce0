package dev.camelcos.component.producer;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.qcloud.cos.model.ObjectMetadata;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class PutObjectTest extends EmulatorRouteTestSupport {

    @TempDir
    Path dir;

    @Test
    void putsTheBodyWithItsMetadataAndTheSdkReadsItBack() {
        Exchange result = cosOk(CosOperation.putObject, "hello cos", Map.of(
                CosConstants.KEY, "put/hello.txt",
                CosConstants.CONTENT_TYPE, "text/plain; charset=utf-8",
                CosConstants.CACHE_CONTROL, "max-age=60",
                CosConstants.CONTENT_DISPOSITION, "attachment; filename=hello.txt",
                CosConstants.METADATA, Map.of("owner", "team-a", "revision", 7)));

        assertThat(sdkRead(BUCKET, "put/hello.txt")).isEqualTo("hello cos");
        ObjectMetadata stored = sdk.getObjectMetadata(BUCKET, "put/hello.txt");
        assertThat(stored.getContentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(stored.getCacheControl()).isEqualTo("max-age=60");
        assertThat(stored.getContentDisposition()).isEqualTo("attachment; filename=hello.txt");
        assertThat(stored.getUserMetadata()).containsEntry("owner", "team-a").containsEntry("revision", "7");

        assertThat(result.getMessage().getHeader(CosConstants.E_TAG)).as("as COS answers it, quoted")
                .isEqualTo("\"" + stored.getETag() + "\"");
        assertThat(result.getMessage().getHeader(CosConstants.CRC64)).isEqualTo(stored.getCrc64Ecma());
        assertThat(result.getMessage().getHeader(CosConstants.KEY)).isEqualTo("put/hello.txt");
        assertThat(result.getMessage().getHeader(CosConstants.BUCKET_NAME)).isEqualTo(BUCKET);
        assertThat(result.getMessage().getHeader(CosConstants.REQUEST_ID, String.class)).isNotBlank();
    }

    @Test
    void sendsEveryKindOfBody() throws Exception {
        Path path = Files.writeString(dir.resolve("from-path.txt"), "path body");
        File file = Files.writeString(dir.resolve("from-file.txt"), "file body").toFile();

        cosOk(CosOperation.putObject, "bytes body".getBytes(StandardCharsets.UTF_8),
                Map.of(CosConstants.KEY, "bodies/bytes"));
        cosOk(CosOperation.putObject, stream("known length"),
                Map.of(CosConstants.KEY, "bodies/known", CosConstants.BODY_LENGTH, 12L));
        cosOk(CosOperation.putObject, stream("camel length"),
                Map.of(CosConstants.KEY, "bodies/camel-length", Exchange.CONTENT_LENGTH, "12"));
        cosOk(CosOperation.putObject, stream("unknown length"), Map.of(CosConstants.KEY, "bodies/chunked"));
        cosOk(CosOperation.putObject, path, Map.of());
        cosOk(CosOperation.putObject, file, Map.of());

        assertThat(sdkRead(BUCKET, "bodies/bytes")).isEqualTo("bytes body");
        assertThat(sdkRead(BUCKET, "bodies/known")).isEqualTo("known length");
        assertThat(sdkRead(BUCKET, "bodies/camel-length")).isEqualTo("camel length");
        assertThat(sdkRead(BUCKET, "bodies/chunked")).isEqualTo("unknown length");
        assertThat(sdkRead(BUCKET, "from-path.txt")).as("key defaults to the Path's file name").isEqualTo("path body");
        assertThat(sdkRead(BUCKET, "from-file.txt")).as("key defaults to the File's name").isEqualTo("file body");
    }

    @Test
    void aStringIsEncodedWithTheExchangeCharset() {
        cosOk(CosOperation.putObject, "caf\u00e9", Map.of(CosConstants.KEY, "bodies/latin1",
                Exchange.CHARSET_NAME, "ISO-8859-1"));

        try (InputStream in = sdk.getObject(BUCKET, "bodies/latin1").getObjectContent()) {
            assertThat(in.readAllBytes()).containsExactly('c', 'a', 'f', 0xe9);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFileFromTheFileComponentIsUploadedUnderItsName() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + inbox + "?noop=true").to("cos:" + BUCKET + "?operation=putObject");
            }
        });
        NotifyBuilder uploaded = new NotifyBuilder(context).whenCompleted(1).create();

        Files.writeString(inbox.resolve("report-2024.csv"), "a,b\n1,2\n");

        assertThat(uploaded.matches(10, TimeUnit.SECONDS)).as("file picked up and uploaded").isTrue();
        assertThat(sdkRead(BUCKET, "report-2024.csv")).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void headersOverrideTheEndpointOptions() {
        String uri = "cos:" + BUCKET + "?operation=putObject&keyName=options/key&storageClass=STANDARD_IA&acl=private"
                     + "&serverSideEncryption=AES256";
        assertThat(template.send(uri, e -> e.getMessage().setBody("from options")).getException()).isNull();
        assertThat(template.send(uri, e -> {
            e.getMessage().setBody("from headers");
            e.getMessage().setHeader(CosConstants.KEY, "options/header-key");
            e.getMessage().setHeader(CosConstants.OVERRIDE_STORAGE_CLASS, "ARCHIVE");
        }).getException()).isNull();

        ObjectMetadata fromOptions = sdk.getObjectMetadata(BUCKET, "options/key");
        assertThat(fromOptions.getStorageClass()).isEqualTo("STANDARD_IA");
        assertThat(fromOptions.getSSEAlgorithm()).isEqualTo("AES256");
        ObjectMetadata fromHeaders = sdk.getObjectMetadata(BUCKET, "options/header-key");
        assertThat(fromHeaders.getStorageClass()).isEqualTo("ARCHIVE");
        assertThat(fromHeaders.getSSEAlgorithm()).as("options the headers do not override still apply")
                .isEqualTo("AES256");
    }

    @Test
    void kmsOptionsEncryptWhatIsWritten() {
        String uri = "cos:" + BUCKET + "?operation=putObject&serverSideEncryption=cos/kms&kmsKeyId=my-cmk";
        assertThat(template.send(uri, e -> {
            e.getMessage().setBody("secret plans");
            e.getMessage().setHeader(CosConstants.KEY, "sse/kms.txt");
        }).getException()).isNull();

        ObjectMetadata stored = sdk.getObjectMetadata(BUCKET, "sse/kms.txt");
        assertThat(stored.getSSEAlgorithm()).isEqualTo("cos/kms");
        // this SDK version's getSSECOSKmsKeyId() looks under another name; the header is COS's
        assertThat(stored.getRawMetadataValue("x-cos-server-side-encryption-cos-kms-key-id")).isEqualTo("my-cmk");
    }

    @Test
    void aCustomerSecretKeyIsNeededToReadWhatItEncrypted() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        String uri = "cos:" + BUCKET + "?customerSecretKey=RAW(" + key + ")";
        assertThat(template.send(uri, e -> {
            e.getMessage().setBody("for my eyes only");
            e.getMessage().setHeader(CosConstants.OPERATION, CosOperation.putObject);
            e.getMessage().setHeader(CosConstants.KEY, "sse/customer.txt");
        }).getException()).isNull();

        Exchange read = template.send(uri, e -> {
            e.getMessage().setHeader(CosConstants.OPERATION, CosOperation.headObject);
            e.getMessage().setHeader(CosConstants.KEY, "sse/customer.txt");
        });
        assertThat(read.getException()).isNull();
        assertThat(read.getMessage().getHeader(CosConstants.CONTENT_LENGTH)).isEqualTo(16L);
        Exchange withoutKey = cos(CosOperation.headObject, null, Map.of(CosConstants.KEY, "sse/customer.txt"));
        assertThat(withoutKey.getException()).isInstanceOfSatisfying(CosServiceException.class,
                e -> assertThat(e.statusCode()).isEqualTo(400));
    }

    @Test
    void aNullBodyFailsBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.putObject, null, Map.of(CosConstants.KEY, "empty"))
                .hasMessageContaining("putObject").hasMessageContaining("body is null");
    }

    @Test
    void anUnknownStorageClassFailsBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.putObject, "x",
                Map.of(CosConstants.KEY, "k", CosConstants.OVERRIDE_STORAGE_CLASS, "COLD"))
                .hasMessageContaining(CosConstants.OVERRIDE_STORAGE_CLASS).hasMessageContaining("'COLD'")
                .hasMessageContaining("STANDARD_IA");
    }

    @Test
    void aWrongContentMd5FailsWithTheServiceError() throws Exception {
        String md5OfSomethingElse = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("MD5").digest("other".getBytes(StandardCharsets.UTF_8)));

        Exchange result = cos(CosOperation.putObject, "content",
                Map.of(CosConstants.KEY, "md5/mismatch", CosConstants.CONTENT_MD5, md5OfSomethingElse));

        assertThat(result.getException()).isInstanceOf(CosServiceException.class);
        CosServiceException error = (CosServiceException) result.getException();
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.errorCode()).isEqualTo("BadDigest");
        assertThat(error.requestId()).isNotBlank();
        assertThat(error.getMessage()).doesNotContain(SECRET_KEY);
        assertThat(sdk.doesObjectExist(BUCKET, "md5/mismatch")).isFalse();
    }
}
