package dev.camelcos.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.camelcos.emulator.CosEmulator;

/**
 * Measures camel-cos, the official COS Java SDK and raw OkHttp side by side against one embedded emulator, on each
 * network profile asked for (loopback, then through a {@link ShapingProxy}), prints a table and writes it as JSON
 * (default {@code benchmarks/target/results/latest.json}, see {@link Settings#defaultOutput()}) and, with
 * {@code --doc}, as Markdown into a document.
 * <p>
 * {@code java [-Xmx128m] -jar benchmarks/target/benchmarks.jar [--quick] [--network loopback|lan|wan|all]
 * [--out file.json] [--doc docs/performance.md]}
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
        String networks = settings.networks().stream().map(NetworkProfile::describe).collect(Collectors.joining(", "));
        System.out.println("camel-cos benchmark, " + (settings.quick() ? "quick" : "full") + " run on " + machine
                + "; network " + networks);
        Path work = Files.createTempDirectory("camel-cos-benchmark");
        List<ScenarioResult> results = new ArrayList<>();
        Map<String, Map<String, Object>> linkChecks = new LinkedHashMap<>();
        List<Map<String, Object>> sweep = new ArrayList<>();
        List<Map<String, Object>> countSweep = new ArrayList<>();
        List<Map<String, Object>> cpuSweep = new ArrayList<>();
        List<Map<String, Object>> scaleOut = List.of();
        String scaleOutError = null;
        long start = System.nanoTime();
        // the benchmark never reads the requests the emulator records for tests
        try (CosEmulator emulator = CosEmulator.builder().bucket(Clients.BUCKET).dataDir(work.resolve("emulator"))
                .requestLogLimit(0).start()) {
            for (NetworkProfile profile : settings.networks()) {
                try (ShapingProxy proxy = profile.shaped() ? ShapingProxy.start(emulator.port(), profile) : null;
                     Clients clients = new Clients(emulator, settings,
                             proxy == null ? emulator.endpoint() : proxy.endpoint())) {
                    if (proxy != null) {
                        linkChecks.put(profile.name(), new LinkCheck(emulator, clients.setup).check(profile, proxy));
                    }
                    results.addAll(new Scenarios(clients, settings, work, profile).runAll());
                    // the sweeps take long: they run only when asked for by name
                    if (settings.only().contains("size-sweep")) {
                        long mib = Settings.MIB;
                        sweep.addAll(new SizeSweep(clients, settings, work).run(mib, 16 * mib, 128 * mib, 1024 * mib));
                    }
                    if (settings.only().contains("count-sweep")) {
                        countSweep.addAll(new CountSweep(clients, settings).run(1_000, 10_000, 100_000));
                    }
                    if (settings.only().contains("cpu-sweep") && !profile.shaped()) {
                        cpuSweep.addAll(new CpuSweep(clients, settings).run());
                    }
                }
            }
            if (!settings.quick() && settings.includes("scale-out")
                    && settings.networks().contains(ScaleOutSweep.PROFILE)) {
                try {
                    scaleOut = new ScaleOutSweep(settings, work).run(settings.consumeCount(), 1, 2, 4);
                } catch (Exception e) {
                    // the scenarios' figures are kept: the sweep's failure is reported beside them
                    scaleOutError = e.toString();
                    e.printStackTrace();
                }
            }
        } finally {
            deleteTree(work);
        }
        double seconds = Measure.seconds(start);
        System.out.println(ResultsTable.format(results));
        linkChecks.forEach((profile, check) -> System.out.println("link check " + profile + " " + check));
        sweep.forEach(row -> System.out.println("size sweep " + row));
        countSweep.forEach(row -> System.out.println("count sweep " + row));
        scaleOut.forEach(row -> System.out.println("scale-out " + row));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenarios", results.stream().map(ScenarioResult::toJson).toList());
        json.put("link_checks", linkChecks);
        json.put("size_sweep", sweep);
        json.put("count_sweep", countSweep);
        json.put("cpu_sweep", cpuSweep);
        json.put("scale_out", scaleOut);
        json.put("scale_out_profile", ScaleOutSweep.PROFILE.describe());
        json.put("scale_out_error", scaleOutError);
        json.put("mode", settings.quick() ? "quick" : "full");
        json.put("networks", networks);
        json.put("settings", settingsJson(settings));
        json.put("machine", machine);
        json.put("duration_seconds", seconds);
        json.put("finished_at", Instant.now().toString());
        if (settings.output().getParent() != null) {
            Files.createDirectories(settings.output().getParent());
        }
        Files.writeString(settings.output(), Json.write(json));
        String markdown = Report.markdown(json, results, linkChecks, scaleOut);
        Files.writeString(settings.output().resolveSibling(settings.output().getFileName().toString()
                .replaceFirst("\\.json$", "") + ".md"), markdown);
        if (settings.doc() != null) {
            Report.replaceIn(settings.doc(), markdown);
        }
        System.out.printf(Locale.ROOT, "%nwritten to %s in %.0f s%n", settings.output(), seconds);
    }

    private static Map<String, Object> settingsJson(Settings s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("callers", s.callers());
        json.put("transfer_threads", s.threads());
        json.put("small_object_bytes", s.smallBytes());
        json.put("small_ops_per_run", s.networks().stream().collect(Collectors.toMap(NetworkProfile::name,
                s::smallOps, (a, b) -> a, LinkedHashMap::new)));
        json.put("large_object_bytes", s.largeBytes());
        json.put("stream_heap_bytes", s.streamHeapBytes());
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
