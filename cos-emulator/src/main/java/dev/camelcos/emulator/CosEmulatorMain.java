package dev.camelcos.emulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** Command line: starts an emulator and keeps it running until the process is killed. */
public final class CosEmulatorMain {
    static final String USAGE = String.join("\n",
            "Usage: java -jar cos-emulator.jar [options]",
            "  --port N          port to listen on (default 9000; 0 picks a free port)",
            "  --host H          address to bind (default 127.0.0.1)",
            "  --region R        region reported to clients (default ap-guangzhou)",
            "  --secret-id ID    accepted SecretId (default AKIDemulator)",
            "  --secret-key KEY  its SecretKey (default emulator-secret-key)",
            "  --bucket NAME     bucket to create at start, e.g. demo-1250000000 (repeatable)",
            "  --data-dir DIR    keep data in DIR across restarts (default: a temp dir deleted on exit)",
            "  --restore-delay D how long an ARCHIVE restore takes: seconds (30) or ISO-8601 (PT5M); default 0",
            "  --help            print this help");

    private static final java.util.Set<String> FLAGS = java.util.Set.of("--port", "--host", "--region", "--secret-id",
            "--secret-key", "--bucket", "--data-dir", "--restore-delay");

    private CosEmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CosEmulator emulator;
        try {
            emulator = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("cos-emulator: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        } catch (IllegalStateException e) {
            System.err.println("cos-emulator: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (emulator == null) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        new CountDownLatch(1).await();
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be a number from 0 to 65535, not " + value);
    }

    private static Duration restoreDelay(String value) {
        try {
            Duration d = value.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(value))
                    : Duration.parse(value);
            if (!d.isNegative()) {
                return d;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new IllegalArgumentException("--restore-delay must be seconds (e.g. 30) or an ISO-8601 duration "
                + "(e.g. PT5M), not negative, not " + value);
    }

    /** Parses the flags and starts the emulator; returns null after --help; bad flags throw IllegalArgumentException, a port that
     * cannot be listened on IllegalStateException. */
    static CosEmulator start(String[] args, PrintStream out) {
        CosEmulator.Builder builder = CosEmulator.builder().port(9000);
        String secretId = null;
        String secretKey = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help")) {
                out.println(USAGE);
                return null;
            }
            if (!FLAGS.contains(flag)) {
                throw new IllegalArgumentException("Unknown option " + flag);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + flag);
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> builder.port(port(value));
                case "--host" -> builder.host(value);
                case "--region" -> builder.region(value);
                case "--secret-id" -> secretId = value;
                case "--secret-key" -> secretKey = value;
                case "--bucket" -> builder.bucket(value);
                case "--data-dir" -> builder.dataDir(Path.of(value));
                case "--restore-delay" -> builder.restoreDelay(restoreDelay(value));
                default -> throw new IllegalStateException("flag listed but not handled: " + flag);
            }
        }
        if ((secretId == null) != (secretKey == null)) {
            throw new IllegalArgumentException("--secret-id and --secret-key must be given together");
        }
        if (secretId != null) {
            builder.credentials(secretId, secretKey);
        }
        CosEmulator emulator;
        try {
            emulator = builder.start();
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalStateException(e.getMessage() + "; choose another with --port (0 picks a free one)", e);
        }
        out.println("COS emulator listening on " + emulator.endpoint());
        out.flush();
        return emulator;
    }
}
