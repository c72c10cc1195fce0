package dev.camelcos.scale;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** The command line of these settings: one {@code name=value} per component that is set. */
    public List<String> toArgs() {
        List<String> args = new ArrayList<>();
        for (RecordComponent component : NodeSettings.class.getRecordComponents()) {
            Object value = valueOf(component);
            if (value instanceof List<?> list) {
                value = String.join(",", list.stream().map(String::valueOf).toList());
            }
            if (value != null) {
                args.add(component.getName() + "=" + value);
            }
        }
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
        RecordComponent[] components = NodeSettings.class.getRecordComponents();
        Object[] parsed = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            parsed[i] = convert(types[i], values.get(components[i].getName()));
        }
        try {
            return NodeSettings.class.getDeclaredConstructor(types).newInstance(parsed);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record has its canonical constructor", e);
        }
    }

    private Object valueOf(RecordComponent component) {
        try {
            return component.getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record's accessors are public", e);
        }
    }

    private static Object convert(Class<?> type, String value) {
        if (type == int.class) {
            return value == null ? 0 : Integer.parseInt(value);
        }
        if (type == long.class) {
            return value == null ? 0L : Long.parseLong(value);
        }
        if (type == List.class) {
            return value == null || value.isEmpty() ? List.of()
                    : Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
        }
        if (type == Path.class) {
            return Path.of(value);
        }
        return value;
    }
}
