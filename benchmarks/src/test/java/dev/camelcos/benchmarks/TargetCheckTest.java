package dev.camelcos.benchmarks;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetCheckTest {

    private static ScenarioResult result(Double camel, Double sdk, Double raw, String target) {
        return new ScenarioResult("s", "ops/s", camel, sdk, raw, null, null, target, null);
    }

    @Test
    void everyRatioOfTheTargetMustBeReached() {
        String target = ">= 1.3x official SDK, >= 0.85x raw OkHttp";
        assertThat(TargetCheck.verdict(result(130.0, 100.0, 150.0, target))).isEqualTo("met");
        assertThat(TargetCheck.verdict(result(129.0, 100.0, 150.0, target))).isEqualTo("missed");
        assertThat(TargetCheck.verdict(result(130.0, 100.0, 160.0, target))).isEqualTo("missed");
        assertThat(TargetCheck.verdict(result(130.0, null, 150.0, target))).isEqualTo("-");
        assertThat(TargetCheck.verdict(result(210.0, 100.0, null, ">= 2x a loop of the official SDK's list + get")))
                .isEqualTo("met");
    }

    @Test
    void aTargetWithoutRatioIsMetByAFigure() {
        assertThat(TargetCheck.verdict(result(50.0, 40.0, null, "completes with -Xmx128m"))).isEqualTo("met");
        assertThat(TargetCheck.verdict(result(null, 40.0, null, "completes with -Xmx128m"))).isEqualTo("-");
    }

    @Test
    void resultsGoUnderTargetUnlessAskedAndTheTableHasTheVerdict() {
        assertThat(Settings.parse(new String[0]).output().endsWith(Path.of("target", "results", "latest.json")))
                .isTrue();
        assertThat(Settings.parse(new String[] { "--out", "x.json" }).output()).isEqualTo(Path.of("x.json"));
        assertThat(ResultsTable.format(java.util.List.of(result(1.0, 2.0, null, ">= 1.5x official SDK"))))
                .contains(" met ").contains("missed");
    }
}
