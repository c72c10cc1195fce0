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

/** Where a node keeps its claims: PostgreSQL, a Hazelcast member of the nodes' cluster, or the consumer's memory. */
interface SharedStore extends AutoCloseable {

    /** The name every node gives the repository. */
    String REPOSITORY = "cos-scale";

    /** The repository, or null for the consumer's own in-memory one. */
    IdempotentRepository repository();

    @Override
    void close();

    static SharedStore open(NodeSettings settings) {
        return switch (settings.store()) {
            case "postgres" -> postgres(settings.jdbcUrl());
            case "hazelcast" -> hazelcast(settings);
            case "memory" -> new SharedStore() {
                @Override
                public IdempotentRepository repository() {
                    return null;
                }

                @Override
                public void close() {
                }
            };
            default -> throw new IllegalArgumentException("unknown store " + settings.store());
        };
    }

    private static SharedStore postgres(String jdbcUrl) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername("postgres");
        // the consumer's thread, its renewals and its completions
        pool.setMaximumPoolSize(4);
        HikariDataSource dataSource = new HikariDataSource(pool);
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, REPOSITORY);
        return new SharedStore() {
            @Override
            public IdempotentRepository repository() {
                return repository;
            }

            @Override
            public void close() {
                dataSource.close();
            }
        };
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
        HazelcastIdempotentRepository repository = new HazelcastIdempotentRepository(member, REPOSITORY);
        return new SharedStore() {
            @Override
            public IdempotentRepository repository() {
                return repository;
            }

            @Override
            public void close() {
                member.shutdown();
            }
        };
    }
}
