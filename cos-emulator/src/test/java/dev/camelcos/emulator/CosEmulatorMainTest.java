package dev.camelcos.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.model.Bucket;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CosEmulatorMainTest {
    @Test
    void printsTheListeningLineWithTheRealPort() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CosEmulator emulator = CosEmulatorMain.start(new String[] {"--port", "0", "--secret-id", "AKIDcli",
                "--secret-key", "cli-key", "--bucket", "cli-1250000000", "--bucket", "cli2-1250000000"},
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            Matcher m = Pattern.compile("COS emulator listening on http://127\\.0\\.0\\.1:(\\d+)\\R")
                    .matcher(out.toString(StandardCharsets.UTF_8));
            assertThat(m.matches()).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(emulator.port()).isPositive();
            COSClient cos = SdkSupport.client(emulator, new BasicCOSCredentials("AKIDcli", "cli-key"));
            assertThat(cos.listBuckets()).extracting(Bucket::getName).containsExactly("cli-1250000000", "cli2-1250000000");
            cos.shutdown();
        }
    }

    @Test
    void helpListsFlagsAndDefaults() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(CosEmulatorMain.start(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8))).isNull();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--port", "default 9000", "--secret-id", "--bucket",
                "--data-dir", "--region", "ap-guangzhou");
    }

    @Test
    void badFlagsAreRejected() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CosEmulatorMain.start(new String[] {"--frobnicate", "1"}, out))
                .hasMessageContaining("Unknown option --frobnicate");
        assertThatThrownBy(() -> CosEmulatorMain.start(new String[] {"--port", "abc"}, out)).hasMessageContaining("--port");
        assertThatThrownBy(() -> CosEmulatorMain.start(new String[] {"--bucket", "NoAppId"}, out)).hasMessageContaining("NoAppId");
        assertThatThrownBy(() -> CosEmulatorMain.start(new String[] {"--secret-id", "x"}, out)).hasMessageContaining("together");
    }

    @Test
    void aBusyPortIsOneLineNamingThePortAndTheFlag() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (CosEmulator first = CosEmulator.builder().port(0).start()) {
            String port = String.valueOf(first.port());
            assertThatThrownBy(() -> CosEmulatorMain.start(new String[] {"--port", port}, out))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + port)
                    .hasMessageContaining("--port");
        }
    }
}
