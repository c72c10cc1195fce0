package dev.camelcos.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proxy carries bytes unchanged, in order and whole, both ways and on several connections at once, through a
 * delay and both token buckets. Timing is not asserted (the schedule is, in {@link TokenBucketTest}).
 */
class ShapingProxyTest {

    /** Small delay and rates that a test moves a few hundred KiB through in well under a second. */
    private static final NetworkProfile SHAPE = new NetworkProfile("test", Duration.ofMillis(2), 40_000_000L,
            80_000_000L);

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private ServerSocket echo;

    /** An echo server on loopback: each connection's bytes come back on it; it closes when the client's side ends. */
    @BeforeEach
    void startEcho() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket socket = echo.accept();
                    threads.execute(() -> {
                        try (socket; InputStream in = socket.getInputStream();
                             OutputStream out = socket.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException e) {
                            // the test sees missing bytes
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        echo.close();
        threads.shutdownNow();
    }

    @Test
    void bytesGoThereAndBackUnchangedInOrderAndWhole() throws Exception {
        try (ShapingProxy proxy = ShapingProxy.start(echo.getLocalPort(), SHAPE)) {
            byte[] sent = random(300 * 1024 + 7, 1);
            assertThat(roundTrip(proxy, sent)).isEqualTo(sent);
        }
    }

    @Test
    void connectionsAtOnceEachGetTheirOwnBytes() throws Exception {
        try (ShapingProxy proxy = ShapingProxy.start(echo.getLocalPort(), SHAPE)) {
            List<byte[]> sent = new ArrayList<>();
            List<Future<byte[]>> received = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                byte[] bytes = random(100 * 1024 + i, i + 2);
                sent.add(bytes);
                received.add(threads.submit(() -> roundTrip(proxy, bytes)));
            }
            for (int i = 0; i < 4; i++) {
                assertThat(received.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(sent.get(i));
            }
        }
    }

    @Test
    void manySmallMessagesOnOneConnectionComeBackInTheirOrder() throws Exception {
        try (ShapingProxy proxy = ShapingProxy.start(echo.getLocalPort(), SHAPE);
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 200; i++) {
                out.write(new byte[] {(byte) i, (byte) (i >> 8)});
            }
            for (int i = 0; i < 200; i++) {
                assertThat(in.readNBytes(2)).containsExactly((byte) i, (byte) (i >> 8));
            }
        }
    }

    /** A receiver that does not read holds the sender back: the line never takes more than its capacity. */
    @Test
    void aReceiverThatDoesNotReadHoldsTheSenderBackInsteadOfFillingTheProxy() throws Exception {
        try (ServerSocket senders = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket receivers = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket sender = new Socket(InetAddress.getLoopbackAddress(), senders.getLocalPort());
             Socket from = senders.accept();
             Socket to = new Socket(InetAddress.getLoopbackAddress(), receivers.getLocalPort());
             Socket notReading = receivers.accept()) {
            LinkShape unlimited = new LinkShape(Duration.ZERO, new TokenBucket(0, 1), new TokenBucket(0, 1));
            DelayLine line = DelayLine.start(from, to, unlimited, threads, cleanly -> { });
            Future<?> writing = threads.submit(() -> {
                sender.getOutputStream().write(new byte[256 * 1024 * 1024]);
                return null;
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (line.queued() < DelayLine.CAPACITY && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(line.queued()).isEqualTo(DelayLine.CAPACITY);
            // the line stays full and bounded while the sender keeps trying
            for (int i = 0; i < 100; i++) {
                assertThat(line.queued()).isLessThanOrEqualTo(DelayLine.CAPACITY);
                Thread.sleep(5);
            }
            assertThat(writing).isNotDone();
        }
    }

    /** Sends {@code bytes} on a new connection through the proxy, ends its side, reads until the other side ends. */
    private byte[] roundTrip(ShapingProxy proxy, byte[] bytes) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    socket.getOutputStream().write(bytes);
                    socket.shutdownOutput();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, threads);
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(received);
            writer.get(30, TimeUnit.SECONDS);
            return received.toByteArray();
        }
    }

    private static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
