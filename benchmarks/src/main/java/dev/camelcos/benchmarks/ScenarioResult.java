package dev.camelcos.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the results: each client's figure (null when it could not be measured, with the reason in
 * {@code note}), and the ratios the targets are stated in. The heap figures are the peak live heap of the whole JVM
 * (the embedded emulator included) during one extra run.
 */
record ScenarioResult(String name, String unit, Double camelCos, Double officialSdk, Double rawOkhttp,
        Double peakHeapMb, Double officialSdkPeakHeapMb, String target, String note) {

    Double ratioVsSdk() {
        return ratio(camelCos, officialSdk);
    }

    Double ratioVsRaw() {
        return ratio(camelCos, rawOkhttp);
    }

    private static Double ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? null : a / b;
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("unit", unit);
        json.put("camel_cos", camelCos);
        json.put("official_sdk", officialSdk);
        json.put("raw_okhttp", rawOkhttp);
        json.put("ratio_vs_sdk", ratioVsSdk());
        json.put("ratio_vs_raw", ratioVsRaw());
        json.put("peak_heap_mb", peakHeapMb);
        json.put("official_sdk_peak_heap_mb", officialSdkPeakHeapMb);
        json.put("target", target);
        json.put("target_met", TargetCheck.verdict(this));
        json.put("note", note);
        return json;
    }
}
