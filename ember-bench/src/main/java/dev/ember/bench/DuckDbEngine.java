package dev.ember.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Raw DuckDB: JDBC on the hand-written SQL over views of the same Parquet files ({@code duckdb}), or the
 * same JDBC connection on the SQL Ember generated, read from the ember worker's files ({@code ember-sql}).
 */
final class DuckDbEngine implements EngineWorker.Engine {
    static final String EXPLAIN_HEADER = "Found 0 WholeStageCodegen subtrees.\n\n== DuckDB SQL ==\n";
    /** System properties of the worker JVMs: the benchmark's --memory-limit and --temp-directory (empty: DuckDB's defaults). */
    static final String MEMORY_LIMIT_PROPERTY = "bench.memoryLimit";
    static final String TEMP_DIRECTORY_PROPERTY = "bench.tempDirectory";
    private final Connection connection;
    private final String scaleFactorText;
    private final Path emberSqlDirectory;

    /** {@code emberSqlDirectory}: null for the hand-written SQL, else the directory of Ember's {@code qNN.sql} explains. */
    DuckDbEngine(String dataDirectory, double scaleFactor, Path emberSqlDirectory) throws SQLException {
        this.emberSqlDirectory = emberSqlDirectory;
        this.scaleFactorText = BenchmarkOptions.scaleFactorText(scaleFactor);
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        if (!System.getProperty(MEMORY_LIMIT_PROPERTY, "").isEmpty()) {
            properties.setProperty("memory_limit", System.getProperty(MEMORY_LIMIT_PROPERTY));
        }
        if (!System.getProperty(TEMP_DIRECTORY_PROPERTY, "").isEmpty()) {
            properties.setProperty("temp_directory", System.getProperty(TEMP_DIRECTORY_PROPERTY) + "/" + (emberSqlDirectory == null ? "duckdb" : "ember-sql"));
        }
        connection = DriverManager.getConnection("jdbc:duckdb:", properties);
        try (Statement statement = connection.createStatement()) {
            for (String table : TpchData.TABLES) {
                statement.execute("CREATE VIEW " + table + " AS SELECT * FROM read_parquet('" + dataDirectory + "/" + table + "/*.parquet')");
            }
        }
    }

    String sql(int query) {
        if (emberSqlDirectory != null) {
            try {
                String explain = Files.readString(emberSqlDirectory.resolve(String.format("q%02d.sql", query)));
                if (!explain.startsWith(EXPLAIN_HEADER)) {
                    throw new IllegalStateException("not an Ember explain text: " + explain);
                }
                return explain.substring(EXPLAIN_HEADER.length()).trim();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String name = String.format("/tpch/queries/q%02d.sql", query);
        try (var in = DuckDbEngine.class.getResourceAsStream(name)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${SF}", scaleFactorText).trim();
            return sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> run(int query, boolean keep) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet resultSet = statement.executeQuery(sql(query))) {
            ResultSetMetaData metaData = resultSet.getMetaData();
            int columns = metaData.getColumnCount();
            if (keep) {
                StringBuilder header = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    header.append(i == 1 ? "" : "\t").append(metaData.getColumnName(i)).append(':').append(metaData.getColumnTypeName(i));
                }
                out.add(header.toString());
            }
            while (resultSet.next()) {
                if (keep) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        line.append(i == 1 ? "" : "\t").append(Values.tag(resultSet.getObject(i)));
                    }
                    out.add(line.toString());
                } else {
                    for (int i = 1; i <= columns; i++) {
                        resultSet.getObject(i);
                    }
                    out.add(null);
                }
            }
        }
        return out;
    }

    @Override
    public double plan(int query, Path sqlFile) {
        return -1;
    }

    @Override
    public String version() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT version(), current_setting('threads'), current_setting('memory_limit')")) {
            result.next();
            return "duckdb " + result.getString(1) + " threads=" + result.getString(2) + " memory_limit=" + result.getString(3)
                + (emberSqlDirectory == null ? ", the hand-written TPC-H SQL" : ", the SQL Ember generated (from its explain)");
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
