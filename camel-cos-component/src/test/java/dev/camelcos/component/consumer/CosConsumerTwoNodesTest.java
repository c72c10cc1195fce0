package dev.camelcos.component.consumer;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.camelcos.component.CosConstants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Camel applications consuming one bucket, sharing a JDBC idempotent repository on one database, process each
 * object exactly once between them.
 */
class CosConsumerTwoNodesTest extends ConsumerTestSupport {

    private static final int OBJECTS = 300;
    /**
     * Camel's default table has no key, so two nodes could both insert the same id; the primary key makes the
     * database, and so the repository's add, decide.
     */
    private static final String CREATE_TABLE = "CREATE TABLE CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255),"
                                               + " messageId VARCHAR(100), createdAt TIMESTAMP,"
                                               + " PRIMARY KEY (processorName, messageId))";

    private final Queue<String> processed = new ConcurrentLinkedQueue<>();

    private static DataSource sharedDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:cos-consumer-two-nodes-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    /** One node: its own context, client and repository object, on the shared database. */
    private PollRecorder startNode(String name, DataSource database, String options) throws Exception {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(database, "cos-incoming");
        repository.setCreateString(CREATE_TABLE);
        PollRecorder polls = new PollRecorder();
        start(Map.of("processed", repository, "polls", polls), new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("prefix=incoming/&maxMessagesPerPoll=20&listPageSize=50"
                         + "&idempotentRepository=#processed&pollStrategy=#polls" + options))
                        .convertBodyTo(String.class)
                        .process(e -> processed.add(e.getMessage().getHeader(CosConstants.KEY, String.class)));
            }
        });
        return polls;
    }

    @Test
    void twoNodesSharingAJdbcRepositoryProcessEachObjectExactlyOnce() throws Exception {
        twoNodesProcessEachObjectExactlyOnce("");
    }

    @Test
    void twoNodesWithLeasedClaimsProcessEachObjectExactlyOnceAndLeaveOnlyTheDoneEntries() throws Exception {
        twoNodesProcessEachObjectExactlyOnce("&claimLease=1s");
    }

    private void twoNodesProcessEachObjectExactlyOnce(String options) throws Exception {
        DataSource database = sharedDatabase();
        List<String> written = IntStream.range(0, OBJECTS).mapToObj(i -> String.format("incoming/%03d.csv", i)).toList();
        putAll(written);

        PollRecorder first = startNode("node-1", database, options);
        PollRecorder second = startNode("node-2", database, options);
        await().atMost(WAIT).until(() -> processed.size() >= OBJECTS);
        // each node walks the whole listing again (300 keys, 50 per poll) without finding anything new
        first.awaitMorePolls(OBJECTS / 50 + 1);
        second.awaitMorePolls(OBJECTS / 50 + 1);

        assertThat(processed).hasSize(OBJECTS).containsExactlyInAnyOrderElementsOf(written);
        // with leases: the done entries, and the slots of the two live nodes (one or two epochs each)
        assertThat(new JdbcTemplate(database).queryForObject(
                "SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'cos-incoming'"
                + " AND messageId NOT LIKE '%@%'", Integer.class))
                .isEqualTo(OBJECTS);
        assertThat(new JdbcTemplate(database).queryForObject(
                "SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE messageId LIKE '%@%'", Integer.class))
                .as("no lease entry of a finished object is left").isLessThanOrEqualTo(4);
    }
}
