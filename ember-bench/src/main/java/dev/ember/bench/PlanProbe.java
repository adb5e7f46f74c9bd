package dev.ember.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.connect.proto.AnalyzePlanRequest;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * Where Ember's planning time goes: the median time of an explain request (proto → analysis → SQL,
 * nothing executed) on a trivial plan, on one Parquet read, and on each TPC-H query, next to the number
 * of Parquet reads the query holds.
 * {@code java -cp ... dev.ember.bench.PlanProbe DATADIR [SF=0.1] [runs=21] [only query N, 0: all] [explain|collect|split]}
 * ({@code collect} times the whole query instead, e.g. to profile Ember's overhead under a profiler).
 */
public final class PlanProbe {
    static int only;
    static boolean collect;

    private PlanProbe() {
    }

    public static void main(String[] args) throws Exception {
        String dir = args[0];
        double sf = args.length > 1 ? Double.parseDouble(args[1]) : 0.1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 21;
        only = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        collect = args.length > 4 && args[4].equals("collect");
        if (args.length > 4 && args[4].equals("split")) {
            SparkSession spark = dev.ember.Ember.session();
            for (int q = 1; q <= 22; q++) {
                if (only == 0 || q == only) {
                    split(q, dir, sf, runs, spark);
                }
            }
            System.exit(0);
        }
        SparkSession spark = dev.ember.Ember.session();
        // warm the JIT on every plan first, then measure
        for (int pass = 0; pass < 2; pass++) {
            boolean print = pass == 1;
            if (print) {
                System.out.printf(Locale.ROOT, "%-28s %8s%n", "plan", "median ms");
            }
            probe(print, dir, sf, runs, spark);
        }
        spark.close();
        System.exit(0);
    }

    /**
     * One query, interleaved in this JVM: the Ember collect, the explain request alone, and Ember's SQL on a
     * separate raw DuckDB connection; medians of each, so the machine's load hits all three alike.
     */
    static void split(int q, String dir, double sf, int runs, SparkSession spark) throws Exception {
        org.apache.spark.sql.connect.SparkSession session = (org.apache.spark.sql.connect.SparkSession) spark;
        java.util.Properties p = new java.util.Properties();
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("autoload_known_extensions", "false");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:", p)) {
            double[][] ms = new double[3][runs];
            for (int i = -5; i < runs; i++) {
                long t0 = System.nanoTime();
                TpchQueries.query(q, spark, dir, sf).collectAsList();
                long t1 = System.nanoTime();
                String explain = session.analyze(((org.apache.spark.sql.connect.Dataset<Row>) TpchQueries.query(q, spark, dir, sf)).plan(),
                    AnalyzePlanRequest.AnalyzeCase.EXPLAIN,
                    Option.apply(AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_SIMPLE)).getExplain().getExplainString();
                long t2 = System.nanoTime();
                String sql = explain.substring(explain.indexOf("EmberDuckDB\n") + "EmberDuckDB\n".length());
                try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int k = 1; k <= cols; k++) {
                            rs.getObject(k);
                        }
                    }
                }
                long t3 = System.nanoTime();
                if (i >= 0) {
                    ms[0][i] = (t1 - t0) / 1e6;
                    ms[1][i] = (t2 - t1) / 1e6;
                    ms[2][i] = (t3 - t2) / 1e6;
                }
            }
            for (double[] m : ms) {
                Arrays.sort(m);
            }
            System.out.printf(Locale.ROOT, "Q%02d  ember collect %.2f ms   explain (planning) %.2f ms   Ember's SQL on raw DuckDB %.2f ms%n",
                q, ms[0][runs / 2], ms[1][runs / 2], ms[2][runs / 2]);
        }
    }

    static void probe(boolean print, String dir, double sf, int runs, SparkSession spark) {
        report(print, "spark.range(1)", runs, spark, () -> spark.range(1).toDF());
        if (!collect) { // collecting a whole table is not what the baselines measure
            report(print, "read.parquet(region)", runs, spark, () -> TpchQueries.table(spark, dir, "region"));
            report(print, "read.parquet(lineitem)", runs, spark, () -> TpchQueries.table(spark, dir, "lineitem"));
        }
        for (int q = 1; q <= 22; q++) {
            if (only != 0 && q != only) {
                continue;
            }
            int n = q;
            report(print, String.format("Q%02d", q), runs, spark, () -> TpchQueries.query(n, spark, dir, sf));
        }
    }

    static void report(boolean print, String name, int runs, SparkSession spark, Supplier<Dataset<Row>> plan) {
        org.apache.spark.sql.connect.SparkSession session = (org.apache.spark.sql.connect.SparkSession) spark;
        double[] ms = new double[runs];
        for (int i = -3; i < runs; i++) {
            long t0 = System.nanoTime();
            Dataset<Row> df = plan.get();
            if (collect) {
                df.collectAsList();
            } else {
                session.analyze(((org.apache.spark.sql.connect.Dataset<Row>) df).plan(), AnalyzePlanRequest.AnalyzeCase.EXPLAIN,
                    Option.apply(AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_SIMPLE));
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        if (print) {
            System.out.printf(Locale.ROOT, "%-28s %8.2f%n", name, ms[runs / 2]);
        }
    }
}
