package dev.camelcos.benchmarks;

import java.util.List;
import java.util.Locale;

/** The results as a plain-text table, with each scenario's target and the reasons for missing figures. */
final class ResultsTable {

    private static final String ROW = "%-20s %-10s %12s %12s %12s %8s %8s %10s  %s%n";

    private ResultsTable() {
    }

    static String format(List<ScenarioResult> results) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, ROW, "scenario", "unit", "camel-cos",
                "official SDK", "raw OkHttp", "vs SDK", "vs raw", "heap MiB", "target"));
        for (ScenarioResult r : results) {
            table.append(String.format(Locale.ROOT, ROW, r.name(), r.unit(), number(r.camelCos()),
                    number(r.officialSdk()), number(r.rawOkhttp()), ratio(r.ratioVsSdk()), ratio(r.ratioVsRaw()),
                    r.peakHeapMb() == null ? "" : number(r.peakHeapMb()), r.target()));
        }
        for (ScenarioResult r : results) {
            if (r.note() != null) {
                table.append(String.format(Locale.ROOT, "%n%s: %s", r.name(), r.note()));
            }
        }
        return table.toString();
    }

    private static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ratio(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.2fx", value);
    }
}
