package dev.camelcos.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback TCP proxy that holds back every chunk of bytes, in both directions, for a fixed one-way delay before
 * passing it on: each request/response round trip then costs twice the delay, as over a wide-area link, while the
 * bandwidth stays that of loopback. Small HTTP messages travel as one chunk, so for small objects the delay is added
 * once per message.
 */
final class LatencyProxy implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "latency-proxy");
        thread.setDaemon(true);
        return thread;
    });

    private LatencyProxy(ServerSocket server) {
        this.server = server;
    }

    /** Listens on a free loopback port, forwarding to {@code targetPort} on loopback. */
    static LatencyProxy start(int targetPort, Duration oneWay) throws IOException {
        LatencyProxy proxy = new LatencyProxy(new ServerSocket(0, 128, InetAddress.getLoopbackAddress()));
        proxy.threads.execute(() -> proxy.accept(targetPort, oneWay.toMillis()));
        return proxy;
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept(int targetPort, long delayMillis) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                target.setTcpNoDelay(true);
                threads.execute(() -> pump(client, target, delayMillis));
                threads.execute(() -> pump(target, client, delayMillis));
            } catch (IOException e) {
                // the proxy was closed, or one connection could not be made: its client sees it fail
            }
        }
    }

    private static void pump(Socket from, Socket to, long delayMillis) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                // the latency being simulated, not a wait for anything
                Thread.sleep(delayMillis);
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the other side closed the connection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
