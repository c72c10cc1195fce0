package dev.camelcos.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.camelcos.emulator.CosEmulator;

/**
 * Measures camel-cos, the official COS Java SDK and raw OkHttp side by side against one embedded emulator, prints a
 * table and writes it as JSON (default {@code benchmarks/target/results/latest.json}, see {@link Settings#defaultOutput()}).
 * <p>
 * {@code java [-Xmx128m] -jar benchmarks/target/benchmarks.jar [--quick] [--out file.json]}
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        // the JDK's HTTP server under the emulator waits for delayed ACKs (Nagle) between a response's headers and
        // body unless told not to: without this every small GET costs ~40 ms whatever the client
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Map<String, Object> machine = machine();
        System.out.println("camel-cos benchmark, " + (settings.quick() ? "quick" : "full") + " run on " + machine);
        Path work = Files.createTempDirectory("camel-cos-benchmark");
        List<ScenarioResult> results;
        List<Map<String, Object>> sweep = List.of();
        List<Map<String, Object>> countSweep = List.of();
        List<Map<String, Object>> scaleOut = List.of();
        long start = System.nanoTime();
        // the benchmark never reads the requests the emulator records for tests
        try (CosEmulator emulator = CosEmulator.builder().bucket(Clients.BUCKET).dataDir(work.resolve("emulator"))
                .requestLogLimit(0).start();
                Clients clients = new Clients(emulator, settings)) {
            results = new Scenarios(clients, settings, work).runAll();
            if (!settings.quick() && settings.includes("size-sweep")) {
                long mib = Settings.MIB;
                sweep = new SizeSweep(clients, settings, work).run(mib, 16 * mib, 128 * mib, 1024 * mib);
            }
            if (!settings.quick() && settings.includes("count-sweep")) {
                countSweep = new CountSweep(clients, settings).run(1_000, 10_000, 100_000);
            }
            if (!settings.quick() && settings.includes("scale-out")) {
                scaleOut = new ScaleOutSweep(settings, work).run(settings.consumeCount(), new int[] {1, 2, 4}, 2, 4);
            }
        } finally {
            deleteTree(work);
        }
        double seconds = Measure.seconds(start);
        System.out.println(ResultsTable.format(results));
        sweep.forEach(row -> System.out.println("size sweep " + row));
        countSweep.forEach(row -> System.out.println("count sweep " + row));
        scaleOut.forEach(row -> System.out.println("scale-out " + row));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenarios", results.stream().map(ScenarioResult::toJson).toList());
        json.put("size_sweep", sweep);
        json.put("count_sweep", countSweep);
        json.put("scale_out", scaleOut);
        json.put("scale_out_one_way_delay_ms", ScaleOutSweep.ONE_WAY_DELAY.toMillis());
        json.put("mode", settings.quick() ? "quick" : "full");
        json.put("settings", settingsJson(settings));
        json.put("machine", machine);
        json.put("duration_seconds", seconds);
        json.put("finished_at", Instant.now().toString());
        if (settings.output().getParent() != null) {
            Files.createDirectories(settings.output().getParent());
        }
        Files.writeString(settings.output(), Json.write(json));
        System.out.printf(Locale.ROOT, "%nwritten to %s in %.0f s%n", settings.output(), seconds);
    }

    private static Map<String, Object> settingsJson(Settings s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("callers", s.callers());
        json.put("transfer_threads", s.threads());
        json.put("small_object_bytes", s.smallBytes());
        json.put("small_ops_per_run", s.smallOps());
        json.put("large_object_bytes", s.largeBytes());
        json.put("consume_objects", s.consumeCount());
        json.put("consume_object_bytes", s.consumeBytes());
        json.put("measured_runs", s.runs());
        json.put("multipart_threshold_bytes", Clients.MULTIPART_THRESHOLD);
        json.put("part_size_bytes", Clients.PART_SIZE);
        return json;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpu", cpuModel());
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memory_mb", totalMemoryMb());
        machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return machine;
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    private static Long totalMemoryMb() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024 * 1024);
        }
        return null;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
