package dev.camelcos.client;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Crc64Test {

    private static long crc(String text) {
        return Crc64.of(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void publishedVectors() {
        assertThat(Crc64.format(crc("123456789"))).isEqualTo("11051210869376104954");
        assertThat(Crc64.format(crc("hello world!"))).isEqualTo("9548687815775124833");
        assertThat(Crc64.format(crc("hello "))).isEqualTo("1796661072844795914");
        assertThat(Crc64.parse("11051210869376104954")).isEqualTo(crc("123456789"));
    }

    @Test
    void byteAtATimeAndSlicedUpdatesAgree() {
        byte[] data = new byte[10_003];
        new Random(9).nextBytes(data);
        Crc64 single = new Crc64();
        for (byte b : data) {
            single.update(b);
        }
        Crc64 chunked = new Crc64();
        chunked.update(data, 0, 7);
        chunked.update(data, 7, data.length - 7);
        assertThat(single.value()).isEqualTo(Crc64.of(data)).isEqualTo(chunked.value());
    }

    @Test
    void combiningPartsGivesTheCrcOfTheWhole() {
        assertThat(Crc64.combine(crc("hello "), crc("world!"), 6)).isEqualTo(crc("hello world!"));
        byte[] data = new byte[3_000_001];
        new Random(10).nextBytes(data);
        long a = Crc64.of(java.util.Arrays.copyOfRange(data, 0, 1_000_000));
        long b = Crc64.of(java.util.Arrays.copyOfRange(data, 1_000_000, data.length));
        assertThat(Crc64.combine(a, b, data.length - 1_000_000)).isEqualTo(Crc64.of(data));
        assertThat(Crc64.combine(a, Crc64.of(new byte[0]), 0)).isEqualTo(a);
    }
}
