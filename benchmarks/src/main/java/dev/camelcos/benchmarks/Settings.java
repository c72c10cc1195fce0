package dev.camelcos.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How big and how long a benchmark run is. The full run uses the sizes of issue 15's targets; {@code --quick} scales
 * them down to finish in under three minutes on two cores with every profile (the figures are then indicative only).
 *
 * @param networks       the network profiles measured, one after the other
 * @param largeBytes     size of the large transfers
 * @param streamHeapBytes size of the unknown-length stream whose peak heap is measured (on loopback)
 * @param consumeCount   objects in the consume scenario
 * @param runs           measured runs per figure (after one warm-up run); the figure is their median
 * @param doc            a Markdown file whose generated tables are replaced by this run's, or null
 * @param only           the scenarios to run (all when empty), e.g. to profile one of them
 */
record Settings(boolean quick, List<NetworkProfile> networks, int callers, int threads, int smallBytes,
        long largeBytes, long streamHeapBytes, int consumeCount, int consumeBytes, int runs, Path output, Path doc,
        Set<String> only) {

    static final long MIB = 1024L * 1024L;
    private static final String USAGE = "usage: java -jar benchmarks.jar [--quick] [--network loopback|lan|wan|all]"
            + " [--out results.json] [--doc docs/performance.md] [--only scenario,...]";

    static Settings parse(String[] args) {
        boolean quick = false;
        List<NetworkProfile> networks = NetworkProfile.ALL;
        Path output = defaultOutput();
        Path doc = null;
        Set<String> only = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--network" -> networks = NetworkProfile.parse(value(args, ++i));
                case "--out" -> output = Path.of(value(args, ++i));
                case "--doc" -> doc = Path.of(value(args, ++i));
                case "--only" -> only.addAll(List.of(value(args, ++i).split(",")));
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'; " + USAGE);
            }
        }
        return quick
                ? new Settings(true, networks, 8, 4, 4096, 32 * MIB, 128 * MIB, 500, 4096, 2, output, doc, only)
                : new Settings(false, networks, 8, 4, 4096, 512 * MIB, 1024 * MIB, 5000, 4096, 3, output, doc, only);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value; " + USAGE);
        }
        return args[i];
    }

    /**
     * Small operations per run: as many as take about 3 s (1 s when quick) at the profile's limit, at most 5,000
     * (1,000): over a long round trip a run of 5,000 would take minutes.
     */
    int smallOps(NetworkProfile profile) {
        int most = quick ? 1000 : 5000;
        Double limit = profile.requestsLimit(callers);
        return limit == null ? most : (int) Math.min(most, limit * (quick ? 1 : 3));
    }

    /**
     * {@code results/latest.json} next to the benchmarks jar (benchmarks/target), so that a run never rewrites the
     * tracked {@code benchmarks/results/latest.json}; {@code --out benchmarks/results/latest.json} does, on purpose.
     */
    static Path defaultOutput() {
        try {
            Path jar = Path.of(Settings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().resolve("results").resolve("latest.json");
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the benchmarks jar is", e);
        }
    }

    /** Whether a scenario (or the sweep) is part of this run. */
    boolean includes(String scenario) {
        return only.isEmpty() || only.contains(scenario);
    }
}
