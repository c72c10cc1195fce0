package dev.camelcos.scale;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.processor.idempotent.hazelcast.HazelcastIdempotentRepository;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;

/**
 * Where a node keeps its claims: PostgreSQL, a Hazelcast member of the nodes' cluster, or the consumer's memory.
 *
 * @param repository the repository, or null for the consumer's own in-memory one
 * @param closer     releases what the repository runs on
 */
record SharedStore(IdempotentRepository repository, Runnable closer) implements AutoCloseable {

    /** The name every node gives the repository. */
    static final String REPOSITORY = "cos-scale";

    static SharedStore open(NodeSettings settings) {
        return switch (settings.store()) {
            case "postgres" -> postgres(settings.jdbcUrl());
            case "hazelcast" -> hazelcast(settings);
            case "memory" -> new SharedStore(null, () -> { });
            default -> throw new IllegalArgumentException("unknown store " + settings.store());
        };
    }

    @Override
    public void close() {
        closer.run();
    }

    private static SharedStore postgres(String jdbcUrl) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername("postgres");
        // the consumer's thread, its renewals and its completions
        pool.setMaximumPoolSize(4);
        HikariDataSource dataSource = new HikariDataSource(pool);
        return new SharedStore(new JdbcMessageIdRepository(dataSource, REPOSITORY), dataSource::close);
    }

    private static SharedStore hazelcast(NodeSettings settings) {
        Config config = new Config();
        config.setClusterName(settings.hazelcastName());
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        // a member killed with SIGKILL is dropped after a few seconds rather than the default minute
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "4");
        config.getNetworkConfig().setPort(settings.hazelcastPort()).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        settings.hazelcastPeers().forEach(port -> join.getTcpIpConfig().addMember("127.0.0.1:" + port));
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        return new SharedStore(new HazelcastIdempotentRepository(member, REPOSITORY), member::shutdown);
    }
}
