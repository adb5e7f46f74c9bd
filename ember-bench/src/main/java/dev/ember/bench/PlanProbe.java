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
 * {@code java -cp ... dev.ember.bench.PlanProbe DATADIR [SF=0.1] [runs=21] [only query N]}
 */
public final class PlanProbe {
    static int only;

    private PlanProbe() {
    }

    public static void main(String[] args) throws Exception {
        String dir = args[0];
        double sf = args.length > 1 ? Double.parseDouble(args[1]) : 0.1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 21;
        only = args.length > 3 ? Integer.parseInt(args[3]) : 0;
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

    static void probe(boolean print, String dir, double sf, int runs, SparkSession spark) {
        report(print, "spark.range(1)", runs, spark, () -> spark.range(1).toDF());
        report(print, "read.parquet(region)", runs, spark, () -> TpchQueries.table(spark, dir, "region"));
        report(print, "read.parquet(lineitem)", runs, spark, () -> TpchQueries.table(spark, dir, "lineitem"));
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
            session.analyze(((org.apache.spark.sql.connect.Dataset<Row>) df).plan(), AnalyzePlanRequest.AnalyzeCase.EXPLAIN,
                Option.apply(AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_SIMPLE));
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
