package dev.camelcos.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A target of issue 15's table, as the clauses a result must all satisfy: a fraction of the profile's physical limit,
 * a ratio over the official SDK with its defaults, at least another client's figure, or completing within a heap.
 *
 * @param ofLimit      camel-cos's figure over the profile's limit, at least; or null
 * @param vsSdkDefaults camel-cos's figure over the SDK with its defaults, at least; or null
 * @param atLeast      the name of a figure among the result's others that camel-cos must reach; or null
 * @param heapMib      the run must have this heap at most (the figure is then the peak live heap); or null
 */
record Target(String text, Double ofLimit, Double vsSdkDefaults, String atLeast, Long heapMib) {

    static final Target NONE = new Target("none (for reference)", null, null, null, null);
    static final String SDK_8_THREADS = "official SDK, 8 threads";

    private static final Set<String> LARGE = Set.of("large-upload-file", "large-upload-stream", "large-download");
    private static final Set<String> SMALL = Set.of("small-put", "small-get");

    /** The target issue 15 sets for {@code scenario} on {@code profile}, or {@link #NONE}. */
    static Target of(NetworkProfile profile, String scenario) {
        if (scenario.equals(Scenarios.STREAM_HEAP)) {
            return new Target("completes in -Xmx128m", null, null, null, 128L);
        }
        if (profile.equals(NetworkProfile.WAN) && LARGE.contains(scenario)) {
            return new Target(">= 85 % of the aggregate cap, >= 4x SDK defaults", 0.85, 4.0, null, null);
        }
        if (profile.equals(NetworkProfile.WAN) && scenario.equals("consume")) {
            return new Target(">= 80 % of in-flight / RTT, >= " + SDK_8_THREADS, 0.8, null, SDK_8_THREADS, null);
        }
        if ((profile.equals(NetworkProfile.WAN) || profile.equals(NetworkProfile.LAN)) && SMALL.contains(scenario)) {
            return new Target(">= 90 % of callers / RTT", 0.9, null, null, null);
        }
        if (profile.equals(NetworkProfile.LOOPBACK) && SMALL.contains(scenario)) {
            return new Target(">= 1.0x SDK defaults", null, 1.0, null, null);
        }
        return NONE;
    }

    /** "met", "missed", or "-" when there is no target or a figure it compares is missing. */
    String verdict(ScenarioResult r) {
        if (this == NONE || r.camelCos() == null) {
            return "-";
        }
        List<Boolean> clauses = new ArrayList<>();
        if (ofLimit != null) {
            clauses.add(r.fractionOfLimit() == null ? null : r.fractionOfLimit() >= ofLimit);
        }
        if (vsSdkDefaults != null) {
            clauses.add(r.ratioVsSdkDefaults() == null ? null : r.ratioVsSdkDefaults() >= vsSdkDefaults);
        }
        if (atLeast != null) {
            Double other = r.others().get(atLeast);
            clauses.add(other == null ? null : r.camelCos() >= other);
        }
        if (heapMib != null) {
            // a run with a larger heap did not test the target
            clauses.add(Runtime.getRuntime().maxMemory() <= heapMib * Settings.MIB ? Boolean.TRUE : null);
        }
        if (clauses.contains(null)) {
            return "-";
        }
        return clauses.contains(Boolean.FALSE) ? "missed" : "met";
    }
}
