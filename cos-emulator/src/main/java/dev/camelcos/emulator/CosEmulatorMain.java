package dev.camelcos.emulator;

import java.io.PrintStream;
import java.nio.file.Path;
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
            "  --help            print this help");

    private CosEmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CosEmulator emulator = start(args, System.out, System.err);
        if (emulator == null) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        new CountDownLatch(1).await();
    }

    /**
     * Parses the flags and starts the emulator; returns null after --help. Bad flags print a message and exit
     * with status 2 via {@link System#exit}, so this is only for the command line and its test.
     */
    static CosEmulator start(String[] args, PrintStream out, PrintStream err) {
        CosEmulator.Builder builder = CosEmulator.builder().port(9000);
        String secretId = null;
        String secretKey = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (flag.equals("--help")) {
                    out.println(USAGE);
                    return null;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing value for " + flag);
                }
                String value = args[++i];
                switch (flag) {
                    case "--port" -> builder.port(Integer.parseInt(value));
                    case "--host" -> builder.host(value);
                    case "--region" -> builder.region(value);
                    case "--secret-id" -> secretId = value;
                    case "--secret-key" -> secretKey = value;
                    case "--bucket" -> builder.bucket(value);
                    case "--data-dir" -> builder.dataDir(Path.of(value));
                    default -> throw new IllegalArgumentException("Unknown option " + flag);
                }
            }
            if ((secretId == null) != (secretKey == null)) {
                throw new IllegalArgumentException("--secret-id and --secret-key must be given together");
            }
        } catch (IllegalArgumentException e) {
            err.println("cos-emulator: " + e.getMessage());
            err.println(USAGE);
            System.exit(2);
            return null;
        }
        if (secretId != null) {
            builder.credentials(secretId, secretKey);
        }
        CosEmulator emulator = builder.start();
        out.println("COS emulator listening on " + emulator.endpoint());
        out.flush();
        return emulator;
    }
}
