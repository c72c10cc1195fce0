package dev.camelcos.benchmarks;

import static dev.camelcos.benchmarks.Comparison.CAMEL;
import static dev.camelcos.benchmarks.Comparison.SDK;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the cost of reading a whole bucket grows with its object count: camel-cos's consumer beside the official SDK's
 * list + get loop, one row per count, each bucket filled once and read by both clients (one warm-up and one measured
 * run each: the largest bucket takes minutes).
 */
final class CountSweep {

    private final Clients clients;
    private final Settings settings;

    CountSweep(Clients clients, Settings settings) {
        this.clients = clients;
        this.settings = settings;
    }

    List<Map<String, Object>> run(int... counts) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        ConsumeRuns consumeRuns = new ConsumeRuns(clients);
        byte[] content = Scenarios.randomBytes(settings.consumeBytes());
        for (int count : counts) {
            long start = System.nanoTime();
            String bucket = "count" + count + "-1250000000";
            consumeRuns.fill(bucket, count, content);
            try {
                Map<String, Double> figures = new Comparison()
                        .add(SDK, consumeRuns.sdk(bucket, count, 1))
                        .add(CAMEL, consumeRuns.camel(bucket, count, ""))
                        .run(1);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("objects", count);
                row.put("consume_objects_s_camel_cos", figures.get(CAMEL));
                row.put("consume_objects_s_official_sdk", figures.get(SDK));
                rows.add(row);
            } finally {
                consumeRuns.drop(bucket, count);
            }
            System.out.printf(Locale.ROOT, "  sweep %6d objects  %5.1f s%n", count, Measure.seconds(start));
        }
        return rows;
    }
}
