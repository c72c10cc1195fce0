package dev.camelcos.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmulatorCrc64Test {
    private static String crc(String s) {
        EmulatorCrc64 crc = new EmulatorCrc64();
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        crc.update(b, 0, b.length);
        return EmulatorCrc64.format(crc.value());
    }

    @Test
    void matchesPublishedVectors() {
        assertThat(crc("123456789")).isEqualTo("11051210869376104954");
        assertThat(crc("hello world!")).isEqualTo("9548687815775124833");
        assertThat(crc("hello ")).isEqualTo("1796661072844795914");
    }

    @Test
    void updatesInPiecesLikeInOneGo() {
        EmulatorCrc64 crc = new EmulatorCrc64();
        byte[] b = "hello world!".getBytes(StandardCharsets.US_ASCII);
        crc.update(b, 0, 6);
        crc.update(b, 6, b.length - 6);
        assertThat(EmulatorCrc64.format(crc.value())).isEqualTo("9548687815775124833");
    }

    @Test
    void combiningTwoChecksumsEqualsTheChecksumOfBothPieces() {
        byte[] all = new byte[70_000];
        new java.util.Random(7).nextBytes(all);
        for (int split : new int[] {0, 1, 7, 8, 9, 4096, 65_537, all.length - 1, all.length}) {
            assertThat(EmulatorCrc64.combine(crcOf(all, 0, split), crcOf(all, split, all.length - split), all.length - split))
                    .as("split at %d", split).isEqualTo(crcOf(all, 0, all.length));
        }
    }

    private static long crcOf(byte[] b, int off, int len) {
        EmulatorCrc64 crc = new EmulatorCrc64();
        crc.update(b, off, len);
        return crc.value();
    }

    @Test
    void ordersKeysByUtf8Bytes() {
        // U+FF5E sorts after U+1F600 in UTF-16 units but before it in UTF-8 bytes
        assertThat(KeyOrder.UTF8.compare("\uFF5E", "\uD83D\uDE00")).isNegative();
        assertThat(KeyOrder.UTF8.compare("a", "ab")).isNegative();
    }
}
