package dev.camelcos.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.model.Bucket;
import com.qcloud.cos.model.ObjectMetadata;
import com.qcloud.cos.model.PutObjectRequest;
import com.qcloud.cos.model.RestoreObjectRequest;
import com.qcloud.cos.model.StorageClass;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /** Starts the emulator with these flags, puts an ARCHIVE object, restores it and answers whether it is ongoing. */
    private static boolean restoreOngoingWith(String... flags) {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        String[] args = Stream.concat(Stream.of("--port", "0", "--bucket",
                "cli-1250000000"), Arrays.stream(flags)).toArray(String[]::new);
        try (CosEmulator emulator = CosEmulatorMain.start(args, out)) {
            COSClient cos = SdkSupport.client(emulator);
            ObjectMetadata meta = new ObjectMetadata();
            meta.setContentLength(1);
            PutObjectRequest put = new PutObjectRequest("cli-1250000000", "cold", new ByteArrayInputStream(new byte[1]), meta);
            put.setStorageClass(StorageClass.Archive);
            cos.putObject(put);
            cos.restoreObject(new RestoreObjectRequest("cli-1250000000", "cold", 1));
            boolean ongoing = cos.getObjectMetadata("cli-1250000000", "cold").getOngoingRestore();
            if (ongoing) {
                ObjectConformanceTest.assertCosError(() -> cos.restoreObject(new RestoreObjectRequest("cli-1250000000",
                        "cold", 1)), 409, "RestoreAlreadyInProgress");
            }
            cos.shutdown();
            return ongoing;
        }
    }

    @Test
    void restoreDelayFlagMakesARestoreTakeThatLong() {
        assertThat(restoreOngoingWith("--restore-delay", "PT1H")).isTrue();
        assertThat(restoreOngoingWith("--restore-delay", "3600")).isTrue();
        assertThat(restoreOngoingWith("--restore-delay", "0")).isFalse();
        assertThat(restoreOngoingWith()).isFalse();
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CosEmulatorMain.start(new String[] {"--restore-delay", "-5"}, out))
                .hasMessageContaining("--restore-delay").hasMessageContaining("-5");
        assertThatThrownBy(() -> CosEmulatorMain.start(new String[] {"--restore-delay", "soon"}, out))
                .hasMessageContaining("soon");
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
