package dev.camelcos.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {

    @Test
    void eachRoundStartsWithTheNextClientAndTheFigureIsTheMedianOfTheMeasuredRuns() {
        List<String> calls = new ArrayList<>();
        Comparison comparison = new Comparison()
                .add("a", run -> record(calls, "a", run, 10 * run))
                .add("b", run -> record(calls, "b", run, 100 - run))
                .add("c", run -> record(calls, "c", run, 7));
        Map<String, Double> figures = comparison.run(3);
        assertThat(calls).containsExactly("a0", "b0", "c0", "b1", "c1", "a1", "c2", "a2", "b2", "a3", "b3", "c3");
        assertThat(figures).containsOnly(Map.entry("a", 20.0), Map.entry("b", 98.0), Map.entry("c", 7.0));
    }

    @Test
    void aClientThatFailsIsLeftOutWithItsReason() {
        Comparison comparison = new Comparison()
                .add("ok", run -> 1.0)
                .add("broken", run -> {
                    throw new IllegalStateException("no connection");
                });
        assertThat(comparison.run(2)).containsOnlyKeys("ok");
        assertThat(comparison.notes()).isEqualTo("broken not measured: IllegalStateException: no connection");
    }

    private static double record(List<String> calls, String client, int run, double figure) {
        calls.add(client + run);
        return figure;
    }
}
