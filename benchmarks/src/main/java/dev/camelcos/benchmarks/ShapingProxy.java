package dev.camelcos.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy shaped as a {@link NetworkProfile}: each direction of each connection goes through a
 * {@link DelayLine} (the one-way delay) paced by a token bucket of its own and by one shared by every connection
 * in that direction (the link's aggregate capacity, full duplex).
 */
final class ShapingProxy implements AutoCloseable {

    /** Room for two chunks: a sender may burst a little, as TCP does, but not more. */
    static final int BUCKET_DEPTH = 2 * DelayLine.CHUNK;

    private final ServerSocket server;
    private final int targetPort;
    private final NetworkProfile profile;
    private final TokenBucket upstream;
    private final TokenBucket downstream;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "shaping-proxy");
        thread.setDaemon(true);
        return thread;
    });

    private ShapingProxy(ServerSocket server, int targetPort, NetworkProfile profile) {
        this.server = server;
        this.targetPort = targetPort;
        this.profile = profile;
        this.upstream = new TokenBucket(profile.aggregateBitsPerSecond(), BUCKET_DEPTH);
        this.downstream = new TokenBucket(profile.aggregateBitsPerSecond(), BUCKET_DEPTH);
    }

    /** Listens on a free loopback port, forwarding to {@code targetPort} on loopback through {@code profile}. */
    static ShapingProxy start(int targetPort, NetworkProfile profile) throws IOException {
        ShapingProxy proxy = new ShapingProxy(new ServerSocket(0, 128, InetAddress.getLoopbackAddress()), targetPort,
                profile);
        proxy.threads.execute(proxy::accept);
        return proxy;
    }

    int port() {
        return server.getLocalPort();
    }

    String endpoint() {
        return "http://127.0.0.1:" + port();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client = null;
            try {
                client = server.accept();
                connect(client, new Socket(InetAddress.getLoopbackAddress(), targetPort));
            } catch (IOException e) {
                // the proxy was closed, or the emulator refused this connection: its client sees it closed
                if (client != null) {
                    close(client);
                }
            }
        }
    }

    private void connect(Socket client, Socket target) throws IOException {
        client.setTcpNoDelay(true);
        target.setTcpNoDelay(true);
        open.add(client);
        open.add(target);
        AtomicInteger directions = new AtomicInteger(2);
        DelayLine.DoneListener done = cleanly -> {
            if (!cleanly || directions.decrementAndGet() == 0) {
                close(client);
                close(target);
            }
        };
        DelayLine.start(client, target, shape(upstream), threads, done);
        DelayLine.start(target, client, shape(downstream), threads, done);
    }

    private LinkShape shape(TokenBucket aggregate) {
        return new LinkShape(profile.oneWay(), new TokenBucket(profile.connectionBitsPerSecond(), BUCKET_DEPTH),
                aggregate);
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(this::close);
        threads.shutdownNow();
    }
}
