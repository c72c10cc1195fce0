package dev.camelcos.emulator;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.ClientConfig;
import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.auth.COSCredentials;
import com.qcloud.cos.endpoint.EndpointResolver;
import com.qcloud.cos.http.HttpProtocol;
import com.qcloud.cos.region.Region;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Aims the official SDK at an emulator: virtual-hosted Host headers, TCP connection to 127.0.0.1, no retries (an
 * error answer is what a test looks at). Shared with the other modules' tests and the benchmarks through this
 * module's test-jar, so that every module points the SDK at the emulator the same way.
 */
public final class SdkSupport {
    private SdkSupport() {
    }

    /** The SDK with the emulator's own credentials. */
    public static COSClient client(CosEmulator emulator) {
        return client(emulator, new BasicCOSCredentials(emulator.secretId(), emulator.secretKey()));
    }

    public static COSClient client(CosEmulator emulator, COSCredentials credentials) {
        return client(emulator, credentials, emulator.port());
    }

    /** The SDK aimed at another loopback port in front of the emulator (a proxy shaping the network). */
    public static COSClient client(CosEmulator emulator, int port) {
        return client(emulator, new BasicCOSCredentials(emulator.secretId(), emulator.secretKey()), port);
    }

    private static COSClient client(CosEmulator emulator, COSCredentials credentials, int port) {
        ClientConfig config = new ClientConfig(new Region(emulator.region()));
        config.setHttpProtocol(HttpProtocol.http);
        config.setMaxErrorRetry(0);
        String address = "127.0.0.1:" + port;
        config.setEndpointResolver(new EndpointResolver() {
            @Override
            public String resolveGeneralApiEndpoint(String endpoint) {
                return address;
            }

            @Override
            public String resolveGetServiceApiEndpoint(String endpoint) {
                return address;
            }
        });
        return new COSClient(credentials, config);
    }

    /**
     * Real time plus an offset tests move by hand, so time-dependent behaviour needs no sleeping. It keeps
     * ticking because the SDK signs with the real clock: a frozen server clock would fall behind the
     * signature's start second.
     */
    static final class MutableClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration d) {
            offset = offset.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
