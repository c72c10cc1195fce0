package dev.camelcos.docs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/**
 * An in-memory H2 database holding the idempotent repository table exactly as consumer.md creates it, for the
 * snippets that use a JDBC repository.
 */
public final class SnippetDatabase {

    private static JdbcDataSource dataSource;

    private SnippetDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:doc-snippets;DB_CLOSE_DELAY=-1");
            DocSnippet table = DocSnippets.all().stream().filter(s -> s.mode() != null && s.mode().equals("sql-table"))
                    .findFirst().orElseThrow(() -> new AssertionError("no sql-table snippet in the docs"));
            try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(table.text());
            } catch (SQLException e) {
                throw new AssertionError(table + " does not run on H2: " + e.getMessage(), e);
            }
            dataSource = h2;
        }
        return dataSource;
    }
}
