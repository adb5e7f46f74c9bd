package dev.ember.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * Times SQL files on raw DuckDB (views over DATADIR's tables, as the benchmark's duckdb engine), the
 * files interleaved run by run: to try a rewrite of Ember's generated SQL before changing the generator.
 * A file may be an Ember explain text (its SQL is after the {@code EmberDuckDB} line).
 * {@code java -cp ... dev.ember.bench.SqlTimer DATADIR RUNS FILE...}
 */
public final class SqlTimer {
    private SqlTimer() {
    }

    public static void main(String[] args) throws Exception {
        String data = args[0];
        int runs = Integer.parseInt(args[1]);
        String[] sql = new String[args.length - 2];
        for (int i = 0; i < sql.length; i++) {
            String text = Files.readString(Path.of(args[i + 2]));
            int at = text.indexOf("EmberDuckDB\n");
            sql[i] = (at >= 0 ? text.substring(at + "EmberDuckDB\n".length()) : text).trim().replaceAll(";$", "");
        }
        Properties p = new Properties();
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("autoload_known_extensions", "false");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", p); Statement s = c.createStatement()) {
            for (String t : TpchData.TABLES) {
                s.execute("CREATE VIEW " + t + " AS SELECT * FROM read_parquet('" + data + "/" + t + "/*.parquet')");
            }
            double[][] ms = new double[sql.length][runs];
            for (int r = -1; r < runs; r++) {
                for (int i = 0; i < sql.length; i++) {
                    long t0 = System.nanoTime();
                    try (ResultSet rs = s.executeQuery(sql[i])) {
                        int cols = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int k = 1; k <= cols; k++) {
                                rs.getObject(k);
                            }
                        }
                    }
                    if (r >= 0) {
                        ms[i][r] = (System.nanoTime() - t0) / 1e6;
                    }
                }
            }
            for (int i = 0; i < sql.length; i++) {
                Arrays.sort(ms[i]);
                System.out.printf(Locale.ROOT, "%8.1f ms  %s%n", ms[i][runs / 2], args[i + 2]);
            }
        }
    }
}
