package dev.camelcos.component.kamelet;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.camelcos.component.CosConstants;

import static org.assertj.core.api.Assertions.assertThat;

/** The cos-sink Kamelet, loaded from the classpath, writing to the emulator. */
class CosSinkKameletTest extends KameletTestSupport {

    @Override
    protected List<String> routeFiles() {
        return List.of("kamelet-sink.yaml");
    }

    @ParameterizedTest
    @ValueSource(strings = { CosConstants.KEY, "file", "ce-file" })
    void takesTheKeyFromAHeader(String header) {
        String key = "sink/from-" + header + ".txt";

        send("direct:toCosSink", "written via " + header, header, key);

        assertThat(sdkRead(BUCKET, key)).isEqualTo("written via " + header);
    }

    @Test
    void prefersCamelCosKeyToTheFileHeaders() {
        template.send("direct:toCosSink", e -> {
            e.getMessage().setHeader(CosConstants.KEY, "sink/by-key.txt");
            e.getMessage().setHeader("file", "sink/by-file.txt");
            e.getMessage().setHeader("ce-file", "sink/by-ce-file.txt");
            e.getMessage().setBody("key wins");
        });

        assertThat(sdkKeys(BUCKET, "sink/by-")).containsExactly("sink/by-key.txt");
    }

    @Test
    void prefersTheFileHeaderToCeFile() {
        template.send("direct:toCosSink", e -> {
            e.getMessage().setHeader("file", "sink/file-first/by-file.txt");
            e.getMessage().setHeader("ce-file", "sink/file-first/by-ce-file.txt");
            e.getMessage().setBody("file wins");
        });

        assertThat(sdkKeys(BUCKET, "sink/file-first/")).containsExactly("sink/file-first/by-file.txt");
    }

    @Test
    void usesTheExchangeIdWhenNoHeaderNamesTheKey() {
        Exchange result = template.send("direct:toCosSink", e -> e.getMessage().setBody("anonymous"));

        assertThat(result.getException()).isNull();
        // the Kamelet routes a copy of the exchange: its id comes from the same generator, with another number
        String idPrefix = result.getExchangeId().substring(0, result.getExchangeId().lastIndexOf('-') + 1);
        List<String> unnamed = sdkKeys(BUCKET, idPrefix);
        assertThat(unnamed).singleElement().satisfies(key -> {
            assertThat(key).matches(Pattern.quote(idPrefix) + "[0-9]+");
            assertThat(sdkRead(BUCKET, key)).isEqualTo("anonymous");
        });
    }

    @Test
    void keyNameWinsOverEveryHeader() {
        send("direct:toCosSinkWithKeyName", "a,b\n1,2\n", CosConstants.KEY, "sink/ignored.csv");

        assertThat(sdkRead(BUCKET, "reports/latest.csv")).isEqualTo("a,b\n1,2\n");
        assertThat(sdkKeys(BUCKET, "sink/ignored")).isEmpty();
    }

    @Test
    void writesToItsOwnBucketWhateverBucketHeaderComesFromUpstream() {
        template.send("direct:toCosSink", e -> {
            e.getMessage().setHeader(CosConstants.KEY, "sink/bucket-header.txt");
            e.getMessage().setHeader(CosConstants.BUCKET_NAME, OTHER_BUCKET);
            e.getMessage().setHeader(CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET);
            e.getMessage().setBody("stays in the sink's bucket");
        });

        assertThat(sdkRead(BUCKET, "sink/bucket-header.txt")).isEqualTo("stays in the sink's bucket");
        assertThat(sdkKeys(OTHER_BUCKET, "sink/")).isEmpty();
    }

    private void send(String uri, String body, String header, String value) {
        Exchange result = template.send(uri, e -> {
            e.getMessage().setHeader(header, value);
            e.getMessage().setBody(body);
        });
        assertThat(result.getException()).isNull();
    }
}
