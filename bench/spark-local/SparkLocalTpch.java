import org.apache.spark.sql.SparkSession;
public class SparkLocalTpch {
  public static void main(String[] a) throws Exception {
    String dir = a[0]; int runs = Integer.parseInt(a[1]);
    long t0 = System.nanoTime();
    SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    System.out.printf("session %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    double total = 0;
    for (int q = 1; q <= 22; q++) {
      dev.ember.bench.TpchQueries.query(q, spark, dir, 1.0).collectAsList(); // warm-up
      long[] times = new long[runs];
      for (int r = 0; r < runs; r++) {
        long s = System.nanoTime();
        int n = dev.ember.bench.TpchQueries.query(q, spark, dir, 1.0).collectAsList().size();
        times[r] = System.nanoTime() - s;
      }
      java.util.Arrays.sort(times);
      double median = times[runs / 2] / 1e6;
      total += median;
      System.out.printf("Q%02d %.1f ms%n", q, median);
    }
    System.out.printf("total %.1f ms%n", total);
    spark.stop();
  }
}
