package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
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

/** window_time of tumbling windows and Spark's checks of window durations. */
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
    windowTime();
    errors();
  }

  /** Users' clicks: a user, a timestamp (one NULL) and a number. */
  private static Dataset<Row> clicks(SparkSession spark) {
    return spark.createDataFrame(CLICK_ROWS, CLICKS);
  }

  private void windowTime() {
    unordered("window_time_of_tumbling", spark -> clicks(spark).groupBy(window(col("ts"), "5 minutes"))
        .agg(sum(col("n")).as("total")).select(window_time(col("window")).as("t"), col("total")));
    query("window_time_in_select", spark -> clicks(spark).select(window(col("ts"), "5 minutes").as("w"))
        .select(window_time(col("w"))));
  }

  private void errors() {
    query("slide_longer_than_window", spark -> clicks(spark).groupBy(window(col("ts"), "5 minutes", "10 minutes"))
        .count());
    query("negative_window_duration", spark -> clicks(spark).groupBy(window(col("ts"), "-5 minutes")).count());
    query("window_time_of_non_window", spark -> clicks(spark).select(window_time(col("ts"))));
    query("invalid_window_duration", spark -> clicks(spark).groupBy(window(col("ts"), "5 fortnights")).count());
  }
}
