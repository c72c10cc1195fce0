package dev.camelcos.reliability;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP/1.1 proxy on 127.0.0.1 that sits between a client and the emulator and breaks chosen exchanges the way
 * networks and servers break them (see {@link Fault}); a {@link FaultPlan} decides which. Each exchange goes to the
 * emulator on a connection of its own, so a broken exchange never poisons the next one.
 * <p>
 * Bounded: a stalled exchange is dropped after {@link #STALL_LIMIT}, and the proxy closes itself after
 * {@link #LIFETIME} even if a test forgets to.
 */
public final class FaultProxy implements AutoCloseable {

    static final Duration STALL_LIMIT = Duration.ofSeconds(30);
    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int MAX_CHUNK_LINE = 1024;

    /** One fault that changed an exchange, and the request it hit. */
    public record Injection(Fault fault, MessageHead request) {
    }

    /** What happens to a body on its way through. */
    private enum Cut { NONE, FLIP, STOP }

    private final int upstreamPort;
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final AtomicLong exchanges = new AtomicLong();
    private final Map<Fault, AtomicLong> injected = new EnumMap<>(Fault.class);
    private final Queue<Injection> injections = new ConcurrentLinkedQueue<>();
    private final long deadline = System.nanoTime() + LIFETIME.toNanos();
    private volatile FaultPlan plan = FaultPlan.none();
    private volatile boolean closed;

    public FaultProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        for (Fault f : Fault.values()) {
            injected.put(f, new AtomicLong());
        }
        server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        server.setSoTimeout(1000);
        threads.execute(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port();
    }

    /** Replaces the plan; exchanges already under way keep the fault they were given. */
    public void plan(FaultPlan plan) {
        this.plan = plan;
    }

    /** How many times {@code fault} actually changed an exchange. */
    public long injected(Fault fault) {
        return injected.get(fault).get();
    }

    public long injectedTotal() {
        return injected.entrySet().stream().filter(e -> e.getKey() != Fault.NONE)
                .mapToLong(e -> e.getValue().get()).sum();
    }

    /** Every fault injected since the last {@link #resetCounts()}, with the request it hit. */
    public List<Injection> injections() {
        return List.copyOf(injections);
    }

    public long exchanges() {
        return exchanges.get();
    }

    /** Client connections open right now: what the clients' connection pools hold, idle or busy. */
    public int openConnections() {
        return clients.size();
    }

    public void resetCounts() {
        exchanges.set(0);
        injected.values().forEach(c -> c.set(0));
        injections.clear();
    }

    private void acceptLoop() {
        while (!closed) {
            if (System.nanoTime() > deadline) {
                stop();
                return;
            }
            try {
                Socket client = server.accept();
                open.add(client);
                clients.add(client);
                threads.execute(() -> serve(client));
            } catch (SocketTimeoutException e) {
                // look at the deadline again
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout((int) STALL_LIMIT.toMillis());
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = new BufferedOutputStream(client.getOutputStream());
            boolean keepGoing = true;
            while (keepGoing) {
                MessageHead request = MessageHead.read(in);
                if (request == null) {
                    return;
                }
                exchanges.incrementAndGet();
                keepGoing = exchange(request, plan.next(request), client, in, out);
            }
        } catch (IOException e) {
            // one side went away or timed out: the exchange is over either way
        } finally {
            open.remove(client);
            clients.remove(client);
        }
    }

    /** Relays (and maybe breaks) one exchange; false when the client connection must end. */
    private boolean exchange(MessageHead request, Fault fault, Socket client, InputStream in, OutputStream out)
            throws IOException {
        switch (fault) {
            case RESET_AT_CONNECT -> {
                count(fault, request);
                reset(client);
                return false;
            }
            case STALL -> {
                count(fault, request);
                swallow(in);
                return false;
            }
            case SLOW_DOWN_503, INTERNAL_ERROR_500 -> {
                relayBody(request, in, OutputStream.nullOutputStream(), Cut.NONE, true, () -> { });
                count(fault, request);
                answerError(request, fault, out);
                return true;
            }
            default -> {
                return relay(request, fault, client, in, out);
            }
        }
    }

    private boolean relay(MessageHead request, Fault fault, Socket client, InputStream in, OutputStream out)
            throws IOException {
        try (Socket upstream = new Socket()) {
            open.add(upstream);
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort), 5000);
            upstream.setSoTimeout((int) STALL_LIMIT.toMillis());
            OutputStream toServer = new BufferedOutputStream(upstream.getOutputStream());
            InputStream fromServer = new BufferedInputStream(upstream.getInputStream());

            toServer.write(request.raw());
            Cut requestCut = fault == Fault.RESET_DURING_REQUEST_BODY ? Cut.STOP
                    : fault == Fault.FLIP_REQUEST_BODY_BYTE ? Cut.FLIP : Cut.NONE;
            boolean requestCutDone = relayBody(request, in, toServer, requestCut, true, () -> count(fault, request));
            toServer.flush();
            if (requestCutDone) {
                if (requestCut == Cut.STOP) {
                    reset(client);
                    return false;
                }
            }

            MessageHead response = MessageHead.read(fromServer);
            if (response == null) {
                throw new EOFException("the emulator closed the connection without answering");
            }
            boolean bodyless = request.method().equals("HEAD") || response.status() / 100 == 1
                    || response.status() == 204 || response.status() == 304 || response.contentLength() == 0;
            if (fault == Fault.RESET_DURING_RESPONSE && bodyless) {
                count(fault, request);
                out.write(response.raw(), 0, response.raw().length / 2);
                out.flush();
                reset(client);
                return false;
            }
            out.write(response.raw());
            Cut responseCut = switch (fault) {
                case RESET_DURING_RESPONSE, TRUNCATE_RESPONSE_BODY -> Cut.STOP;
                case FLIP_RESPONSE_BODY_BYTE -> Cut.FLIP;
                default -> Cut.NONE;
            };
            boolean responseCutDone = !bodyless
                    && relayBody(response, fromServer, out, responseCut, false, () -> count(fault, request));
            out.flush();
            if (responseCutDone) {
                if (responseCut == Cut.STOP) {
                    if (fault == Fault.RESET_DURING_RESPONSE) {
                        reset(client);
                    } else {
                        client.shutdownOutput();
                    }
                    return false;
                }
            }
            return !"close".equalsIgnoreCase(response.header("connection"));
        } finally {
            open.removeIf(Socket::isClosed);
        }
    }

    /**
     * Copies one body, applying {@code cut} at its middle (fixed length) or in the middle of its first chunk; answers
     * whether the cut was applied (an empty body cannot be cut). After a {@link Cut#STOP} the rest is left unread.
     * {@code onCut} runs just before the cut, so the fault is counted before the peer can see it.
     */
    private static boolean relayBody(MessageHead head, InputStream in, OutputStream out, Cut cut, boolean isRequest,
            Runnable onCut) throws IOException {
        if (head.chunked()) {
            return relayChunked(in, out, cut, onCut);
        }
        long length = head.contentLength();
        if (length < 0) {
            if (!isRequest) {
                in.transferTo(out);
            }
            return false;
        }
        return relayFixed(in, out, length, cut, onCut);
    }

    private static boolean relayFixed(InputStream in, OutputStream out, long length, Cut cut, Runnable onCut)
            throws IOException {
        if (cut == Cut.NONE || length == 0) {
            copy(in, out, length);
            return false;
        }
        long half = length / 2;
        copy(in, out, half);
        onCut.run();
        if (cut == Cut.STOP) {
            return true;
        }
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        // 0x80 turns ASCII into an invalid UTF-8 byte: XML answers fail to parse instead of changing silently
        out.write(b ^ 0x80);
        copy(in, out, length - half - 1);
        return true;
    }

    private static boolean relayChunked(InputStream in, OutputStream out, Cut cut, Runnable onCut)
            throws IOException {
        boolean first = true;
        boolean cutDone = false;
        while (true) {
            String sizeLine = readLine(in);
            out.write((sizeLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            int semicolon = sizeLine.indexOf(';');
            long size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                String trailer;
                do {
                    trailer = readLine(in);
                    out.write((trailer + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                } while (!trailer.isEmpty());
                return cutDone;
            }
            if (first && cut != Cut.NONE) {
                cutDone = true;
                if (relayFixed(in, out, size, cut, onCut) && cut == Cut.STOP) {
                    return true;
                }
            } else {
                copy(in, out, size);
            }
            first = false;
            String end = readLine(in);
            out.write((end + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new EOFException("connection closed inside a chunked body");
            }
            if (b != '\r') {
                line.write(b);
            }
            if (line.size() > MAX_CHUNK_LINE) {
                throw new IOException("chunk line longer than " + MAX_CHUNK_LINE + " bytes");
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void copy(InputStream in, OutputStream out, long n) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long left = n;
        while (left > 0) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (r < 0) {
                throw new EOFException("body ended " + left + " bytes early");
            }
            out.write(buffer, 0, r);
            left -= r;
        }
    }

    private static void answerError(MessageHead request, Fault fault, OutputStream out) throws IOException {
        boolean slowDown = fault == Fault.SLOW_DOWN_503;
        String requestId = "fault-proxy-" + System.nanoTime();
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>"
                + (slowDown ? "SlowDown" : "InternalError") + "</Code><Message>"
                + (slowDown ? "Please reduce your request rate." : "We encountered an internal error.")
                + "</Message><RequestId>" + requestId + "</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + (slowDown ? "503 Service Unavailable" : "500 Internal Server Error") + "\r\n"
                + "Content-Type: application/xml\r\nContent-Length: " + body.length + "\r\n"
                + "x-cos-request-id: " + requestId + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        if (!request.method().equals("HEAD")) {
            out.write(body);
        }
        out.flush();
    }

    /** Reads and drops whatever the client sends until it gives up (closes) or the stall limit passes. */
    private static void swallow(InputStream in) throws IOException {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (SocketTimeoutException | SocketException e) {
            // the stall is over
        }
    }

    /** Closes with SO_LINGER 0: the peer gets a TCP RST, not an orderly end. */
    private static void reset(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    private void count(Fault fault, MessageHead request) {
        injected.get(fault).incrementAndGet();
        injections.add(new Injection(fault, request));
    }

    @Override
    public void close() {
        stop();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // already closed
            }
        }
        threads.shutdownNow();
    }
}
