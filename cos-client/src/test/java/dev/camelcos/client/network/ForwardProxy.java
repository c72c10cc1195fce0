package dev.camelcos.client.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A forward proxy on 127.0.0.1 for the tests: HTTP (CONNECT tunnels and absolute-form requests, optionally asking
 * for Basic credentials) or SOCKS5 without authentication. It records what it was asked, then only relays bytes.
 */
public final class ForwardProxy implements AutoCloseable {

    public enum Kind { HTTP, SOCKS }

    /** One request head an HTTP proxy received: its request line and the Proxy-Authorization it carried. */
    public record Asked(String requestLine, String proxyAuthorization) {
    }

    private final Kind kind;
    private final String requiredAuthorization;
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "forward-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<Asked> asked = new CopyOnWriteArrayList<>();
    private final List<String> socksTargets = new CopyOnWriteArrayList<>();

    /** @param requiredAuthorization the Proxy-Authorization an HTTP proxy demands (407 otherwise); null: none */
    public ForwardProxy(Kind kind, String requiredAuthorization) throws IOException {
        this.kind = kind;
        this.requiredAuthorization = requiredAuthorization;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    public List<Asked> asked() {
        return asked;
    }

    public List<String> socksTargets() {
        return socksTargets;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            if (kind == Kind.SOCKS) {
                socks(client);
            } else {
                http(client);
            }
        } catch (IOException e) {
            // the client or the target went away: nothing to relay any more
        }
    }

    private void http(Socket client) throws IOException {
        InputStream in = client.getInputStream();
        OutputStream out = client.getOutputStream();
        byte[] head = readHead(in);
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String requestLine = text.substring(0, text.indexOf("\r\n"));
        String authorization = header(text, "proxy-authorization");
        asked.add(new Asked(requestLine, authorization));
        if (requiredAuthorization != null && !requiredAuthorization.equals(authorization)) {
            out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return;
        }
        String[] parts = requestLine.split(" ");
        if (parts[0].equals("CONNECT")) {
            String[] target = parts[1].split(":");
            try (Socket upstream = new Socket(target[0], Integer.parseInt(target[1]))) {
                out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                relay(client, upstream);
            }
        } else {
            URI target = URI.create(parts[1]);
            try (Socket upstream = new Socket(target.getHost(), target.getPort())) {
                upstream.getOutputStream().write(head);
                relay(client, upstream);
            }
        }
    }

    /** SOCKS5 (RFC 1928), no authentication, CONNECT only. */
    private void socks(Socket client) throws IOException {
        InputStream in = client.getInputStream();
        OutputStream out = client.getOutputStream();
        int methods = in.readNBytes(2)[1];
        in.readNBytes(methods);
        out.write(new byte[] { 5, 0 });
        byte[] request = in.readNBytes(4);
        String host = switch (request[3]) {
            case 1 -> InetAddress.getByAddress(in.readNBytes(4)).getHostAddress();
            case 3 -> new String(in.readNBytes(in.read()), StandardCharsets.US_ASCII);
            default -> throw new IOException("address type " + request[3] + " not supported by the test proxy");
        };
        byte[] port = in.readNBytes(2);
        int targetPort = (port[0] & 0xff) << 8 | port[1] & 0xff;
        socksTargets.add(host + ":" + targetPort);
        try (Socket upstream = new Socket(host, targetPort)) {
            out.write(new byte[] { 5, 0, 0, 1, 0, 0, 0, 0, 0, 0 });
            out.flush();
            relay(client, upstream);
        }
    }

    private void relay(Socket client, Socket upstream) throws IOException {
        threads.execute(() -> copy(upstream, client));
        copy(client, upstream);
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side closed
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = { '\r', '\n', '\r', '\n' };
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed inside a request head");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toByteArray();
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
