package dev.camelcos.benchmarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a scenario met its target, read from the target as the table states it: each {@code >= Nx <client>}
 * clause compares camel-cos's figure with that client's (raw OkHttp, else the official SDK); a target without
 * ratios ("completes with -Xmx128m") is met when camel-cos produced a figure at all.
 */
final class TargetCheck {

    private static final Pattern RATIO = Pattern.compile(">= ([0-9.]+)x ([^,]+)");

    private TargetCheck() {
    }

    /** "met", "missed", or "-" when a figure the target compares is missing. */
    static String verdict(ScenarioResult r) {
        if (r.camelCos() == null) {
            return "-";
        }
        Matcher m = RATIO.matcher(r.target());
        boolean met = true;
        while (m.find()) {
            Double ratio = m.group(2).contains("raw OkHttp") ? r.ratioVsRaw() : r.ratioVsSdk();
            if (ratio == null) {
                return "-";
            }
            met &= ratio >= Double.parseDouble(m.group(1));
        }
        return met ? "met" : "missed";
    }
}
