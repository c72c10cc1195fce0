package dev.camelcos.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several clients measured on one scenario: each warms up once, then their runs are interleaved, each round starting
 * with the next client (A, B, C, B, C, A...), so that a change in the machine's load during the scenario, or the JIT
 * still at work, falls on all of them alike. A client's figure is
 * the median of its runs; a client that fails is left out, with the reason.
 */
final class Comparison {

    static final String CAMEL = "camel-cos";
    static final String SDK = "official SDK";
    static final String RAW = "raw OkHttp";

    private final Map<String, Measure.Run> clients = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    Comparison add(String client, Measure.Run run) {
        clients.put(client, run);
        return this;
    }

    /** Records that a client cannot be measured at all (e.g. its setup failed). */
    void unavailable(String client, Throwable why) {
        notes.add(client + " not measured: " + describe(why));
    }

    /** Answers each client's median figure over {@code runs} after a warm-up run; failed clients are absent. */
    Map<String, Double> run(int runs) {
        return run(runs, true);
    }

    /** The same, with or without the warm-up run (number 0). */
    Map<String, Double> run(int runs, boolean warmUp) {
        Map<String, List<Double>> figures = new HashMap<>();
        Map<String, Measure.Run> alive = new LinkedHashMap<>(clients);
        for (int run = warmUp ? 0 : 1; run <= runs; run++) {
            List<Map.Entry<String, Measure.Run>> order = new ArrayList<>(alive.entrySet());
            // each run starts with the next client: on a JVM still compiling, going first or last is no client's lot
            Collections.rotate(order, -run);
            for (Map.Entry<String, Measure.Run> client : order) {
                try {
                    double figure = client.getValue().run(run);
                    if (run > 0) {
                        figures.computeIfAbsent(client.getKey(), k -> new ArrayList<>()).add(figure);
                    }
                } catch (Throwable t) {
                    alive.remove(client.getKey());
                    figures.remove(client.getKey());
                    unavailable(client.getKey(), t);
                }
            }
        }
        Map<String, Double> medians = new HashMap<>();
        figures.forEach((client, values) -> medians.put(client, Measure.median(values)));
        return medians;
    }

    String notes() {
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    private static String describe(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
