package dev.ember.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
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
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.spark.connect.proto.AnalyzePlanRequest;
import org.apache.spark.connect.proto.AnalyzePlanResponse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import scala.Option;

/**
 * One engine in its own JVM, driven by {@link BenchmarkRunner} over stdin/stdout, one command a line:
 * {@code warm N} (run query N and write its rows), {@code run N} (run it, report the time),
 * {@code plan N} (Ember: time planning alone, write the generated SQL), {@code quit}. Every answer is
 * one line starting with {@code @@}; anything else on stdout is noise the runner passes on.
 */
public final class EngineWorker {
    interface Engine extends AutoCloseable {
        /** Runs query {@code n}, reading every value of every row; returns the rows (tagged) when {@code keep}. */
        List<String> run(int n, boolean keep) throws Exception;

        /** Median planning time of query {@code n} in ms (or -1), writing its SQL to {@code sqlFile}. */
        double plan(int n, Path sqlFile) throws Exception;

        String version() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String engineName = args[0];
        String dataDir = args[1];
        double sf = Double.parseDouble(args[2]);
        Path outDir = Path.of(args[3]);
        Files.createDirectories(outDir);
        PrintStream answers = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        // keep stray library output off the protocol channel
        System.setOut(System.err);
        Engine engine;
        try {
            if (engineName.equals("ember")) {
                engine = new EmberEngine(dataDir, sf);
            } else if (engineName.equals("duckdb")) {
                engine = new DuckDbEngine(dataDir, sf, null);
            } else if (engineName.equals("ember-sql")) {
                engine = new DuckDbEngine(dataDir, sf, outDir.resolveSibling("ember"));
            } else {
                throw new IllegalArgumentException("engines: duckdb, ember, ember-sql; not " + engineName);
            }
            answers.println("@@ok " + engine.version().replace('\n', ' '));
        } catch (Throwable e) {
            answers.println("@@err " + oneLine(e));
            return;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] cmd = line.trim().split(" ");
            if (cmd[0].equals("quit")) {
                break;
            }
            int n = Integer.parseInt(cmd[1]);
            try {
                switch (cmd[0]) {
                    case "warm": {
                        long t0 = System.nanoTime();
                        List<String> rows = engine.run(n, true);
                        double ms = (System.nanoTime() - t0) / 1e6;
                        Files.write(outDir.resolve(String.format("q%02d.tsv", n)), rows, StandardCharsets.UTF_8);
                        answers.printf(java.util.Locale.ROOT, "@@ok %.3f %d%n", ms, rows.size() - 1);
                        break;
                    }
                    case "run": {
                        long t0 = System.nanoTime();
                        List<String> rows = engine.run(n, false);
                        double ms = (System.nanoTime() - t0) / 1e6;
                        answers.printf(java.util.Locale.ROOT, "@@ok %.3f %d%n", ms, rows.size());
                        break;
                    }
                    case "plan": {
                        double ms = engine.plan(n, outDir.resolve(String.format("q%02d.sql", n)));
                        answers.printf(java.util.Locale.ROOT, "@@ok %.3f%n", ms);
                        break;
                    }
                    default:
                        answers.println("@@err unknown command " + line);
                }
            } catch (Throwable e) {
                e.printStackTrace();
                answers.println("@@err " + oneLine(e));
            }
        }
        engine.close();
        System.exit(0);
    }

    static String oneLine(Throwable e) {
        String m = e.getClass().getSimpleName() + ": " + e.getMessage();
        return m.replace('\n', ' ').replace('\r', ' ');
    }

    // ---- Ember embedded: the Spark Connect client over the in-process channel ----

    static final class EmberEngine implements Engine {
        static final int PLAN_RUNS = 21;
        final SparkSession spark;
        final String dataDir;
        final double sf;

        EmberEngine(String dataDir, double sf) {
            this.spark = dev.ember.Ember.session();
            this.dataDir = dataDir;
            this.sf = sf;
        }

        @Override
        public List<String> run(int n, boolean keep) {
            Dataset<Row> df = TpchQueries.query(n, spark, dataDir, sf);
            List<Row> rows = df.collectAsList();
            if (!keep) {
                return Arrays.asList(new String[rows.size()]);
            }
            List<String> out = new ArrayList<>();
            StringBuilder header = new StringBuilder();
            for (StructField f : df.schema().fields()) {
                header.append(header.length() == 0 ? "" : "\t").append(f.name()).append(':').append(f.dataType().simpleString());
            }
            out.add(header.toString());
            for (Row r : rows) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < r.length(); i++) {
                    b.append(i == 0 ? "" : "\t").append(Values.tag(r.get(i)));
                }
                out.add(b.toString());
            }
            return out;
        }

        /**
         * Planning alone, as the client sees it: an AnalyzePlan(explain) request on the query's plan runs
         * Ember's proto translation, analysis and SQL generation, and nothing in DuckDB.
         */
        @Override
        public double plan(int n, Path sqlFile) throws IOException {
            org.apache.spark.sql.connect.SparkSession session = (org.apache.spark.sql.connect.SparkSession) spark;
            double[] ms = new double[PLAN_RUNS];
            String explain = null;
            for (int i = 0; i < PLAN_RUNS; i++) {
                long t0 = System.nanoTime();
                Dataset<Row> df = TpchQueries.query(n, spark, dataDir, sf);
                AnalyzePlanResponse response = session.analyze(((org.apache.spark.sql.connect.Dataset<Row>) df).plan(),
                    AnalyzePlanRequest.AnalyzeCase.EXPLAIN,
                    Option.apply(AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_SIMPLE));
                explain = response.getExplain().getExplainString();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Files.writeString(sqlFile, explain);
            Arrays.sort(ms);
            return ms[PLAN_RUNS / 2];
        }

        @Override
        public String version() {
            return "ember (Spark Connect client " + spark.version() + ", in-process)";
        }

        @Override
        public void close() throws Exception {
            spark.close();
        }
    }

    // ---- raw DuckDB: JDBC on the hand-written SQL over views of the same Parquet files ----
    // ---- (ember-sql: the same JDBC connection on the SQL Ember generated, read from the ember worker's files) ----

    static final class DuckDbEngine implements Engine {
        static final String EXPLAIN_HEADER = "== Physical Plan ==\nEmberDuckDB\n";
        final Connection connection;
        final double sf;
        final String sfText;
        final Path emberSqlDir;

        DuckDbEngine(String dataDir, double sf, Path emberSqlDir) throws SQLException {
            this.sf = sf;
            this.emberSqlDir = emberSqlDir;
            this.sfText = BenchmarkRunner.sfText(sf);
            Properties p = new Properties();
            p.setProperty("autoinstall_known_extensions", "false");
            p.setProperty("autoload_known_extensions", "false");
            connection = DriverManager.getConnection("jdbc:duckdb:", p);
            try (Statement s = connection.createStatement()) {
                for (String t : TpchData.TABLES) {
                    s.execute("CREATE VIEW " + t + " AS SELECT * FROM read_parquet('" + dataDir + "/" + t + "/*.parquet')");
                }
            }
        }

        String sql(int n) {
            if (emberSqlDir != null) {
                try {
                    String explain = Files.readString(emberSqlDir.resolve(String.format("q%02d.sql", n)));
                    if (!explain.startsWith(EXPLAIN_HEADER)) {
                        throw new IllegalStateException("not an Ember explain text: " + explain);
                    }
                    return explain.substring(EXPLAIN_HEADER.length()).trim();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            String name = String.format("/tpch/queries/q%02d.sql", n);
            try (var in = EngineWorker.class.getResourceAsStream(name)) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${SF}", sfText).trim();
                return sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public List<String> run(int n, boolean keep) throws SQLException {
            List<String> out = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql(n))) {
                ResultSetMetaData md = rs.getMetaData();
                int cols = md.getColumnCount();
                if (keep) {
                    StringBuilder header = new StringBuilder();
                    for (int i = 1; i <= cols; i++) {
                        header.append(i == 1 ? "" : "\t").append(md.getColumnName(i)).append(':').append(md.getColumnTypeName(i));
                    }
                    out.add(header.toString());
                }
                while (rs.next()) {
                    if (keep) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= cols; i++) {
                            b.append(i == 1 ? "" : "\t").append(Values.tag(rs.getObject(i)));
                        }
                        out.add(b.toString());
                    } else {
                        for (int i = 1; i <= cols; i++) {
                            rs.getObject(i);
                        }
                        out.add(null);
                    }
                }
            }
            return out;
        }

        @Override
        public double plan(int n, Path sqlFile) {
            return -1;
        }

        @Override
        public String version() throws SQLException {
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT version(), current_setting('threads')")) {
                r.next();
                return "duckdb " + r.getString(1) + " threads=" + r.getString(2)
                    + (emberSqlDir == null ? ", the hand-written TPC-H SQL" : ", the SQL Ember generated (from its explain)");
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
