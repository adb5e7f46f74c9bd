package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.session_window;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.window;
import static org.apache.spark.sql.functions.window_time;

import dev.ember.conformance.CaseGroup;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Sliding windows, window_time and session windows (static and per-row gaps). */
public final class TimeWindowCases extends CaseGroup {
  private static final StructType CLICKS = new StructType()
      .add("user", DataTypes.StringType)
      .add("ts", DataTypes.TimestampType)
      .add("n", DataTypes.IntegerType);

  private static final List<Row> CLICK_ROWS = Arrays.asList(
      RowFactory.create("u1", Timestamp.valueOf("2024-03-05 10:00:00"), 1),
      RowFactory.create("u1", Timestamp.valueOf("2024-03-05 10:03:30"), 2),
      RowFactory.create("u1", Timestamp.valueOf("2024-03-05 10:12:00"), 3),
      RowFactory.create("u2", Timestamp.valueOf("2024-03-05 10:04:59.5"), 4),
      RowFactory.create("u2", Timestamp.valueOf("2024-03-05 10:20:00"), 5),
      RowFactory.create("u2", null, 6));

  public TimeWindowCases() {
    super("time_windows");
    sliding();
    windowTime();
    sessions();
    errors();
  }

  /** Users' clicks: a user, a timestamp (one NULL) and a number. */
  private static Dataset<Row> clicks(SparkSession spark) {
    return spark.createDataFrame(CLICK_ROWS, CLICKS);
  }

  private void sliding() {
    unordered("sliding_group_by_count", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes", "5 minutes"))
        .count());
    query("sliding_select", spark -> clicks(spark).select(col("n"), window(col("ts"), "10 minutes", "5 minutes"))
        .orderBy(col("n"), col("window.start")));
    unordered("sliding_with_start_time", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes", "4 minutes",
        "1 minute").as("w"), col("user")).agg(sum(col("n"))));
    unordered("sliding_uneven_slide", spark -> clicks(spark).groupBy(window(col("ts"), "7 minutes", "3 minutes"))
        .agg(count(lit(1)).as("c")).select(col("window.start"), col("window.end"), col("c")));
    unordered("sliding_of_ntz", spark -> clicks(spark).select(col("ts").cast("timestamp_ntz").as("t"))
        .groupBy(window(col("t"), "1 hour", "30 minutes")).count());
    query("sliding_with_column", spark -> clicks(spark).withColumn("w", window(col("ts"), "10 minutes",
        "5 minutes")).orderBy(col("n"), col("w.start")));
    unordered("sliding_day_windows", spark -> clicks(spark).groupBy(window(col("ts"), "2 days", "1 day"))
        .agg(sum(col("n"))));
  }

  private void windowTime() {
    unordered("window_time_of_tumbling", spark -> clicks(spark).groupBy(window(col("ts"), "5 minutes"))
        .agg(sum(col("n")).as("total")).select(window_time(col("window")).as("t"), col("total")));
    unordered("window_time_of_sliding", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes", "5 minutes"))
        .count().select(col("window"), window_time(col("window")), col("count")));
    query("window_time_in_select", spark -> clicks(spark).select(window(col("ts"), "5 minutes").as("w"))
        .select(window_time(col("w"))));
  }

  private void sessions() {
    unordered("session_window_static_gap", spark -> clicks(spark).groupBy(col("user"),
        session_window(col("ts"), "5 minutes")).agg(sum(col("n")), count(lit(1))));
    unordered("session_window_global", spark -> clicks(spark).groupBy(session_window(col("ts"), "5 minutes"))
        .count());
    unordered("session_window_dynamic_gap", spark -> clicks(spark).groupBy(col("user"), session_window(col("ts"),
        when(col("user").equalTo("u1"), "10 minutes").otherwise("1 minute"))).agg(sum(col("n"))));
    unordered("session_window_fields", spark -> clicks(spark).groupBy(session_window(col("ts"), "4 minutes")
        .as("s")).agg(sum(col("n")).as("total")).select(col("s.start"), col("s.end"), col("total")));
    unordered("session_window_of_ntz", spark -> clicks(spark).select(col("user"),
        col("ts").cast("timestamp_ntz").as("t")).groupBy(col("user"), session_window(col("t"), "10 minutes"))
        .count());
    unordered("session_window_time", spark -> clicks(spark).groupBy(session_window(col("ts"), "5 minutes"))
        .count().select(window_time(col("session_window")), col("count")));
    query("session_window_in_select", spark -> clicks(spark).select(session_window(col("ts"), "5 minutes")));
  }

  private void errors() {
    query("slide_longer_than_window", spark -> clicks(spark).groupBy(window(col("ts"), "5 minutes", "10 minutes"))
        .count());
    query("negative_window_duration", spark -> clicks(spark).groupBy(window(col("ts"), "-5 minutes")).count());
    query("window_of_string", spark -> clicks(spark).groupBy(window(col("user"), "5 minutes")).count());
    query("window_time_of_non_window", spark -> clicks(spark).select(window_time(col("ts"))));
    query("invalid_window_duration", spark -> clicks(spark).groupBy(window(col("ts"), "5 fortnights")).count());
    query("session_window_of_string", spark -> clicks(spark).groupBy(session_window(col("user"), "5 minutes"))
        .count());
  }
}
