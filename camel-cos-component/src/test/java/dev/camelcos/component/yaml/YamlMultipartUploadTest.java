package dev.camelcos.component.yaml;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.camelcos.component.CosConstants;

import static org.assertj.core.api.Assertions.assertThat;

/** The step-by-step multipart upload of docs/yaml.md against the emulator. */
class YamlMultipartUploadTest extends YamlRouteTestSupport {

    private static final int MIB = 1024 * 1024;

    @Override
    protected List<String> documentedRoutes() {
        return List.of("multipart-upload");
    }

    @Test
    void theObjectIsThePartsInOrder() throws Exception {
        Random random = new Random(42);
        byte[] first = new byte[MIB];
        byte[] second = new byte[MIB];
        byte[] last = new byte[1234];
        random.nextBytes(first);
        random.nextBytes(second);
        random.nextBytes(last);

        Exchange result = template.request("direct:multipartUpload", e -> {
            e.getMessage().setHeader(CosConstants.KEY, "multipart/three-parts.bin");
            e.getMessage().setBody(List.of(first, second, last));
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CosConstants.UPLOAD_ID, String.class)).isNotBlank();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(first);
        expected.write(second);
        expected.write(last);
        assertThat(sdkReadBytes(BUCKET, "multipart/three-parts.bin")).isEqualTo(expected.toByteArray());
    }
}
