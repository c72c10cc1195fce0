package dev.camelcos.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How big and how long a benchmark run is. The full run uses the sizes of the table; {@code --quick} scales
 * them down to finish in under three minutes on two cores (the figures are then indicative only).
 *
 * @param smallOps     operations per measured run of small-put and small-get
 * @param largeBytes   size of the large-object scenarios
 * @param consumeCount objects in the consume scenario
 * @param runs         measured runs per figure (after one warm-up run); the figure is their median
 * @param only         the scenarios to run (all when empty), e.g. to profile one of them
 */
record Settings(boolean quick, int callers, int threads, int smallOps, int smallBytes, long largeBytes,
        int consumeCount, int consumeBytes, int runs, Path output, Set<String> only) {

    static final long MIB = 1024L * 1024L;

    static Settings parse(String[] args) {
        boolean quick = false;
        Path output = defaultOutput();
        Set<String> only = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--out" -> output = Path.of(args[++i]);
                case "--only" -> only.addAll(List.of(args[++i].split(",")));
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "'; usage: java -jar benchmarks.jar [--quick] [--out results.json] [--only scenario,...]");
            }
        }
        return quick
                ? new Settings(true, 8, 4, 2000, 4096, 256 * MIB, 1000, 1024, 3, output, only)
                : new Settings(false, 8, 4, 10000, 4096, 1024 * MIB, 5000, 1024, 5, output, only);
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
