package dev.camelcos.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the results: a scenario on a network profile, each client's figure (null when it could not be measured,
 * with the reason in {@code note}), the profile's physical limit for it and the target. The official SDK is measured
 * with as many threads as camel-cos uses and with its own defaults; where the two are the same client (small
 * operations: 8 callers each) both hold the one figure.
 *
 * @param others       further figures the target or the reader compares with, by name
 * @param limit        the most the profile's link allows in the scenario's unit, null where the CPU is the limit
 */
record ScenarioResult(String profile, String name, String unit, Double camelCos, Double sdkSameThreads,
        Double sdkDefaults, Double rawOkhttp, Map<String, Double> others, Double limit, Double peakHeapMb,
        Double sdkPeakHeapMb, Target target, String note) {

    Double fractionOfLimit() {
        return ratio(camelCos, limit);
    }

    Double ratioVsSdkDefaults() {
        return ratio(camelCos, sdkDefaults);
    }

    Double ratioVsSdkSameThreads() {
        return ratio(camelCos, sdkSameThreads);
    }

    String verdict() {
        return target.verdict(this);
    }

    private static Double ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? null : a / b;
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("profile", profile);
        json.put("name", name);
        json.put("unit", unit);
        json.put("camel_cos", camelCos);
        json.put("official_sdk_same_threads", sdkSameThreads);
        json.put("official_sdk_defaults", sdkDefaults);
        json.put("raw_okhttp", rawOkhttp);
        json.put("others", new LinkedHashMap<>(others));
        json.put("ratio_vs_sdk_same_threads", ratioVsSdkSameThreads());
        json.put("ratio_vs_sdk_defaults", ratioVsSdkDefaults());
        json.put("limit", limit);
        json.put("fraction_of_limit", fractionOfLimit());
        json.put("peak_heap_mb", peakHeapMb);
        json.put("official_sdk_peak_heap_mb", sdkPeakHeapMb);
        json.put("target", target.text());
        json.put("target_met", verdict());
        json.put("note", note);
        return json;
    }
}
