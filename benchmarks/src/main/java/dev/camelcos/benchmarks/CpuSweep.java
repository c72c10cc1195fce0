package dev.camelcos.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the CPU of a small operation goes, per client: the JVM's CPU time per operation, split into the emulator's
 * threads and the rest (the callers, the clients' own threads, the JIT and the collector). Each client alone in its
 * run, so that a client's CPU is not another's; runs interleaved and each round started by the next client, as in
 * {@link Comparison}, after a warm-up round. Loopback only: on a shaped link the proxy's threads would count too.
 */
final class CpuSweep {

    private static final String CAMEL_CLIENT = "camel-cos client alone";

    private final Settings settings;
    private final SmallOps ops;
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    CpuSweep(Clients clients, Settings settings) {
        this.settings = settings;
        this.ops = new SmallOps(clients, Scenarios.randomBytes(settings.smallBytes()));
    }

    List<Map<String, Object>> run() throws Exception {
        ops.prepareGets(settings.callers());
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(scenario("small-put", Map.of(Comparison.CAMEL, ops.camelPut(), CAMEL_CLIENT, ops.clientPut(),
                Comparison.SDK, ops.sdkPut())));
        rows.addAll(scenario("small-get", Map.of(Comparison.CAMEL, ops.camelGet(), CAMEL_CLIENT, ops.clientGet(),
                Comparison.SDK, ops.sdkGet())));
        return rows;
    }

    private List<Map<String, Object>> scenario(String name, Map<String, Measure.Op> clients) throws Exception {
        int count = settings.smallOps(NetworkProfile.LOOPBACK);
        List<String> order = new ArrayList<>(List.of(Comparison.CAMEL, CAMEL_CLIENT, Comparison.SDK));
        Map<String, List<double[]>> measured = new LinkedHashMap<>();
        for (int run = 0; run <= settings.runs(); run++) {
            Collections.rotate(order, -1);
            for (String client : order) {
                double[] figures = measure(count, clients.get(client));
                if (run > 0) {
                    measured.computeIfAbsent(client, c -> new ArrayList<>()).add(figures);
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        measured.forEach((client, runs) -> {
            runs.sort((a, b) -> Double.compare(a[1], b[1]));
            double[] median = runs.get(runs.size() / 2);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("scenario", name);
            row.put("client", client);
            row.put("ops_per_s", median[0]);
            row.put("cpu_us_per_op", median[1]);
            row.put("emulator_cpu_us_per_op", median[2]);
            row.put("client_side_cpu_us_per_op", median[1] - median[2]);
            System.out.printf(Locale.ROOT, "  cpu %-9s %-24s %7.0f ops/s %6.0f us/op, emulator %5.0f, client side %5.0f%n",
                    name, client, median[0], median[1], median[2], median[1] - median[2]);
            rows.add(row);
        });
        return rows;
    }

    /** ops/s, the JVM's CPU microseconds per op, and the emulator threads' share of them: the run of median CPU. */
    private double[] measure(int count, Measure.Op op) throws Exception {
        long process = os.getProcessCpuTime();
        long emulator = emulatorCpu();
        double opsPerSecond = Measure.opsPerSecond(settings.callers(), count, op);
        double cpu = (os.getProcessCpuTime() - process) / 1e3 / count;
        double emulatorCpu = (emulatorCpu() - emulator) / 1e3 / count;
        return new double[] {opsPerSecond, cpu, emulatorCpu};
    }

    /** The CPU nanoseconds of the emulator's threads (its HTTP server's), which live as long as the emulator. */
    private long emulatorCpu() {
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("cos-emulator")
                    || info.getThreadName().startsWith("HTTP-Dispatcher"))) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }
}
