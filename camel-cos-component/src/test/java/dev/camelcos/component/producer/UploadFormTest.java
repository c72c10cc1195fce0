package dev.camelcos.component.producer;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.model.UploadForm;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** createUploadForm: a plain HTTP client posts a file with the fields the route produced, as a browser would. */
class UploadFormTest extends EmulatorRouteTestSupport {

    private static final String BOUNDARY = "----camelCosForm0123456789";

    /** Posts multipart/form-data: the form's fields in order, then the file. */
    private static HttpResponse<String> post(UploadForm form, Map<String, String> fields, String fileName, byte[] content)
            throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(form.getUrl()))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private UploadForm form(Map<String, ?> headers) {
        emulator.clearRequests();
        Exchange result = cosOk(CosOperation.createUploadForm, null, headers);
        assertThat(emulator.requests()).as("creating a form sends nothing").isEmpty();
        return result.getMessage().getBody(UploadForm.class);
    }

    @Test
    void aBrowserPostsTheFileWithTheFormsFields() throws Exception {
        UploadForm form = form(Map.of(CosConstants.KEY, "forms/${filename}", CosConstants.FORM_MAX_SIZE, 100L,
                CosConstants.FORM_SUCCESS_ACTION_STATUS, 201, CosConstants.FORM_EXPIRATION, 600L));

        assertThat(form.getFields()).containsKeys("key", "policy", "q-sign-algorithm", "q-ak", "q-key-time", "q-signature")
                .containsEntry("key", "forms/${filename}").containsEntry("success_action_status", "201")
                .containsEntry("q-ak", SECRET_ID);
        assertThat(form.getExpiration()).isBetween(Instant.now().plusSeconds(590), Instant.now().plusSeconds(610));
        assertThat(form.toString()).doesNotContain(form.getFields().get("q-signature")).doesNotContain(SECRET_KEY);

        HttpResponse<String> posted = post(form, form.getFields(), "photo 1.jpg", "jpeg bytes".getBytes(StandardCharsets.UTF_8));

        assertThat(posted.statusCode()).isEqualTo(201);
        assertThat(sdkRead(BUCKET, "forms/photo 1.jpg")).isEqualTo("jpeg bytes");
    }

    @Test
    void aPostOutsideTheFormsConditionsIsRefusedAndWritesNothing() throws Exception {
        UploadForm form = form(Map.of(CosConstants.KEY, "limited/${filename}", CosConstants.FORM_MAX_SIZE, 4L));
        assertThat(form.getExpiration()).as("one hour by default")
                .isBetween(Instant.now().plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofMinutes(61)));

        HttpResponse<String> tooLarge = post(form, form.getFields(), "big.bin", "12345".getBytes(StandardCharsets.UTF_8));
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("<Code>EntityTooLarge</Code>");

        Map<String, String> otherKey = new LinkedHashMap<>(form.getFields());
        otherKey.put("key", "elsewhere/${filename}");
        HttpResponse<String> outside = post(form, otherKey, "small.bin", "1".getBytes(StandardCharsets.UTF_8));
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("<Code>AccessDenied</Code>");

        assertThat(sdk.doesObjectExist(BUCKET, "limited/big.bin")).isFalse();
        assertThat(sdk.doesObjectExist(BUCKET, "elsewhere/small.bin")).isFalse();
        assertThat(post(form, form.getFields(), "ok.bin", "1234".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(204);
        assertThat(sdkRead(BUCKET, "limited/ok.bin")).isEqualTo("1234");
    }

    @Test
    void badFormHeadersFailNamingTheValue() {
        failsBeforeAnyRequest(CosOperation.createUploadForm, null, Map.of(CosConstants.KEY, "k",
                CosConstants.FORM_MIN_SIZE, 10L, CosConstants.FORM_MAX_SIZE, 5L))
                .hasMessageContaining(CosConstants.FORM_MAX_SIZE).hasMessageContaining("10..5");
        failsBeforeAnyRequest(CosOperation.createUploadForm, null, Map.of(CosConstants.KEY, "k",
                CosConstants.FORM_SUCCESS_ACTION_STATUS, 302))
                .hasMessageContaining("302").hasMessageContaining("200, 201 or 204");
        failsBeforeAnyRequest(CosOperation.createUploadForm, null, Map.of(CosConstants.KEY, "k",
                CosConstants.FORM_EXPIRATION, 0L))
                .hasMessageContaining(CosConstants.FORM_EXPIRATION).hasMessageContaining("at least 1 second");
        failsBeforeAnyRequest(CosOperation.createUploadForm, null, Map.of())
                .hasMessageContaining(CosConstants.KEY);
    }
}
