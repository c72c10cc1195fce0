package dev.camelcos.scale;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link ScaleNode} process is told on its command line, as {@code name=value} arguments.
 *
 * @param endpoint        the COS endpoint (the emulator, or a proxy in front of it)
 * @param bucket          the consumed bucket
 * @param secretId        its SecretId
 * @param secretKey       its SecretKey
 * @param store           {@code postgres}, {@code hazelcast} or {@code memory} (the consumer's own)
 * @param jdbcUrl         with postgres: the database
 * @param hazelcastPort   with hazelcast: this member's port on 127.0.0.1
 * @param hazelcastPeers  with hazelcast: the ports of all members
 * @param hazelcastName   with hazelcast: the cluster name, unique per test
 * @param leaseMillis     the consumer's claimLease, 0 for none
 * @param leaderLockDir   single active consumer: the directory of the lock the leader holds, or null
 * @param failoverMillis  single active consumer: how often a standby tries to take the lock
 * @param workMillis      how long the route works on each object
 * @param startAtMillis   when the consumer polls first (epoch milliseconds, so that nodes started one after the
 *                        other begin together), 0 for at once
 * @param endpointOptions more endpoint options, starting with {@code &}
 * @param output          the file the processed keys are appended to
 */
public record NodeSettings(String endpoint, String bucket, String secretId, String secretKey, String store,
        String jdbcUrl, int hazelcastPort, List<Integer> hazelcastPeers, String hazelcastName, long leaseMillis,
        String leaderLockDir, long failoverMillis, long workMillis, long startAtMillis, String endpointOptions,
        Path output) {

    /** The command line of these settings. */
    public List<String> toArgs() {
        List<String> args = new ArrayList<>();
        add(args, "endpoint", endpoint);
        add(args, "bucket", bucket);
        add(args, "secretId", secretId);
        add(args, "secretKey", secretKey);
        add(args, "store", store);
        add(args, "jdbcUrl", jdbcUrl);
        add(args, "hazelcastPort", hazelcastPort);
        add(args, "hazelcastPeers", String.join(",", hazelcastPeers.stream().map(String::valueOf).toList()));
        add(args, "hazelcastName", hazelcastName);
        add(args, "leaseMillis", leaseMillis);
        add(args, "leaderLockDir", leaderLockDir);
        add(args, "failoverMillis", failoverMillis);
        add(args, "workMillis", workMillis);
        add(args, "startAtMillis", startAtMillis);
        add(args, "endpointOptions", endpointOptions);
        add(args, "output", output);
        return args;
    }

    static NodeSettings parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected name=value, got " + arg);
            }
            values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String peers = values.getOrDefault("hazelcastPeers", "");
        return new NodeSettings(values.get("endpoint"), values.get("bucket"), values.get("secretId"),
                values.get("secretKey"), values.get("store"), values.get("jdbcUrl"),
                Integer.parseInt(values.getOrDefault("hazelcastPort", "0")),
                peers.isEmpty() ? List.of() : List.of(peers.split(",")).stream().map(Integer::valueOf).toList(),
                values.get("hazelcastName"), Long.parseLong(values.getOrDefault("leaseMillis", "0")),
                values.get("leaderLockDir"), Long.parseLong(values.getOrDefault("failoverMillis", "1000")),
                Long.parseLong(values.getOrDefault("workMillis", "0")),
                Long.parseLong(values.getOrDefault("startAtMillis", "0")), values.getOrDefault("endpointOptions", ""),
                Path.of(values.get("output")));
    }

    private static void add(List<String> args, String name, Object value) {
        if (value != null) {
            args.add(name + "=" + value);
        }
    }
}
