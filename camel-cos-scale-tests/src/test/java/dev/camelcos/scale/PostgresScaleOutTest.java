package dev.camelcos.scale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Three node processes on one bucket, sharing Camel's JDBC repository on a real PostgreSQL, with leased claims. */
class PostgresScaleOutTest extends ScaleOutTestSupport {

    private static SharedDatabase database;

    @BeforeAll
    static void startDatabase() throws Exception {
        database = SharedDatabase.start();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void emptyTable() throws Exception {
        database.clear();
    }

    @Test
    void threeNodesProcessEachObjectExactlyOnceAndShareTheWork() throws Exception {
        threeNodesProcessEveryObjectExactlyOnce(i -> postgresNode(i, database.jdbcUrl(), 0));
        assertThat(database.count("messageId NOT LIKE '%@%'")).as("done entries").isEqualTo(OBJECTS);
    }

    @Test
    void aNodeKilledMidBatchLeavesNothingUnprocessedOnceItsClaimsLapsed() throws Exception {
        aNodeKilledMidBatchLeavesNothingUnprocessed(i -> postgresNode(i, database.jdbcUrl(), 5));
    }
}
