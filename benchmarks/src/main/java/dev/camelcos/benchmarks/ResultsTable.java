package dev.camelcos.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * The results as a plain-text table, with each scenario's target, whether it was met, and the reasons for missing
 * figures.
 */
final class ResultsTable {

    private static final String ROW = "%-20s %-10s %12s %12s %12s %8s %8s %13s  %-6s  %s%n";

    private ResultsTable() {
    }

    static String format(List<ScenarioResult> results) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, ROW, "scenario", "unit", "camel-cos",
                "official SDK", "raw OkHttp", "vs SDK", "vs raw", "live heap MiB", "met", "target"));
        for (ScenarioResult r : results) {
            table.append(String.format(Locale.ROOT, ROW, r.name(), r.unit(), number(r.camelCos()),
                    number(r.officialSdk()), number(r.rawOkhttp()), ratio(r.ratioVsSdk()), ratio(r.ratioVsRaw()),
                    heap(r), TargetCheck.verdict(r), r.target()));
        }
        for (ScenarioResult r : results) {
            if (r.note() != null) {
                table.append(String.format(Locale.ROOT, "%n%s: %s", r.name(), r.note()));
            }
        }
        return table.toString();
    }

    /** camel-cos's peak live heap, and the official SDK's beside it. */
    private static String heap(ScenarioResult r) {
        if (r.peakHeapMb() == null && r.officialSdkPeakHeapMb() == null) {
            return "";
        }
        return number(r.peakHeapMb()) + " / " + number(r.officialSdkPeakHeapMb());
    }

    private static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ratio(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.2fx", value);
    }
}
