package dev.camelcos.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetTest {

    private static ScenarioResult result(NetworkProfile profile, String name, Double camel, Double sdkDefaults,
            Map<String, Double> others, Double limit) {
        return new ScenarioResult(profile.name(), name, "u", camel, null, sdkDefaults, null, others, limit, null, null,
                Target.of(profile, name), null);
    }

    @Test
    void aWanLargeTransferNeedsBothItsShareOfTheCapAndFourTimesTheSdkDefaults() {
        NetworkProfile wan = NetworkProfile.WAN;
        assertThat(result(wan, "large-download", 43.0, 10.0, Map.of(), 50.0).verdict()).isEqualTo("met");
        assertThat(result(wan, "large-download", 42.0, 10.0, Map.of(), 50.0).verdict()).isEqualTo("missed");
        assertThat(result(wan, "large-download", 45.0, 12.0, Map.of(), 50.0).verdict()).isEqualTo("missed");
        assertThat(result(wan, "large-download", 45.0, null, Map.of(), 50.0).verdict()).isEqualTo("-");
    }

    @Test
    void wanConsumeComparesWithTheEightThreadPoolAndTheInFlightLimit() {
        NetworkProfile wan = NetworkProfile.WAN;
        assertThat(result(wan, "consume", 120.0, 30.0, Map.of(Target.SDK_8_THREADS, 110.0), 133.0).verdict())
                .isEqualTo("met");
        assertThat(result(wan, "consume", 120.0, 30.0, Map.of(Target.SDK_8_THREADS, 250.0), 133.0).verdict())
                .isEqualTo("missed");
        assertThat(result(wan, "consume", 120.0, 30.0, Map.of(), 133.0).verdict()).isEqualTo("-");
    }

    @Test
    void smallOperationsAndTheRowsWithoutATarget() {
        assertThat(result(NetworkProfile.LAN, "small-get", 3600.0, 3000.0, Map.of(), 4000.0).verdict())
                .isEqualTo("met");
        assertThat(result(NetworkProfile.LAN, "small-get", 3500.0, 3000.0, Map.of(), 4000.0).verdict())
                .isEqualTo("missed");
        assertThat(result(NetworkProfile.LOOPBACK, "small-put", 99.0, 100.0, Map.of(), null).verdict())
                .isEqualTo("missed");
        assertThat(result(NetworkProfile.LOOPBACK, "small-put", 100.0, 100.0, Map.of(), null).verdict())
                .isEqualTo("met");
        assertThat(result(NetworkProfile.LAN, "large-download", 100.0, 10.0, Map.of(), 250.0).verdict())
                .isEqualTo("-");
        assertThat(result(NetworkProfile.WAN, "small-put", null, 100.0, Map.of(), 266.0).verdict()).isEqualTo("-");
    }

    @Test
    void theProfilesLimits() {
        NetworkProfile wan = NetworkProfile.WAN;
        assertThat(wan.requestsLimit(8)).isCloseTo(266.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(wan.transferLimitMegabytes()).isEqualTo(50.0);
        assertThat(wan.consumeLimit(4, 4096)).isCloseTo(133.33, org.assertj.core.data.Offset.offset(0.01));
        // 1 MiB objects: the aggregate cap is the lesser limit
        assertThat(wan.consumeLimit(4, 1024 * 1024)).isCloseTo(47.68, org.assertj.core.data.Offset.offset(0.01));
        assertThat(NetworkProfile.LOOPBACK.requestsLimit(8)).isNull();
        assertThat(NetworkProfile.LOOPBACK.consumeLimit(4, 4096)).isNull();
    }

    @Test
    void networksAreChosenByNameAllOrACustomShape() {
        assertThat(NetworkProfile.parse("all")).containsExactly(NetworkProfile.LOOPBACK, NetworkProfile.LAN,
                NetworkProfile.WAN);
        assertThat(NetworkProfile.parse("wan,loopback")).containsExactly(NetworkProfile.WAN,
                NetworkProfile.LOOPBACK);
        NetworkProfile custom = NetworkProfile.parse("custom:40:10:0").get(0);
        assertThat(custom.roundTrip().toMillis()).isEqualTo(80);
        assertThat(custom.connectionBitsPerSecond()).isEqualTo(10_000_000L);
        assertThat(custom.transferLimitMegabytes()).isNull();
        assertThatThrownBy(() -> NetworkProfile.parse("moon")).hasMessageContaining("'moon'")
                .hasMessageContaining("loopback, lan, wan, all");
        assertThatThrownBy(() -> NetworkProfile.parse("custom:1:x:3")).hasMessageContaining("'custom:1:x:3'");
        assertThatThrownBy(() -> Settings.parse(new String[] {"--network"})).hasMessageContaining("needs a value");
    }

    @Test
    void resultsGoUnderTargetUnlessAskedAndTheTablesHaveTheVerdicts(@TempDir Path dir) throws Exception {
        assertThat(Settings.parse(new String[0]).output().endsWith(Path.of("target", "results", "latest.json")))
                .isTrue();
        assertThat(Settings.parse(new String[0]).networks()).isEqualTo(NetworkProfile.ALL);
        assertThat(Settings.parse(new String[] {"--out", "x.json"}).output()).isEqualTo(Path.of("x.json"));
        List<ScenarioResult> results = List.of(
                result(NetworkProfile.LOOPBACK, "small-get", 1.0, 2.0, Map.of(), null),
                result(NetworkProfile.LOOPBACK, "small-put", 2.0, 2.0, Map.of(), null));
        assertThat(ResultsTable.format(results)).contains(" met").contains("missed");
        String markdown = ResultsTable.markdown(results);
        assertThat(markdown).contains("| loopback | small-get |").contains("**missed**");

        Path doc = Files.writeString(dir.resolve("doc.md"), "before\n" + Report.BEGIN + "\nold\n" + Report.END
                + "\nafter\n");
        Report.replaceIn(doc, markdown);
        assertThat(Files.readString(doc)).startsWith("before\n").endsWith(Report.END + "\nafter\n")
                .contains(markdown).doesNotContain("old");
        Path plain = Files.writeString(dir.resolve("plain.md"), "no markers");
        assertThatThrownBy(() -> Report.replaceIn(plain, markdown)).hasMessageContaining("plain.md");
    }
}
