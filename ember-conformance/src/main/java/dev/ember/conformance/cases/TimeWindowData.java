package dev.ember.conformance.cases;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The rows of the time window cases: clicks within one hour, events across day and month ends, visits. */
final class TimeWindowData {
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

  private static final StructType EVENTS = new StructType()
      .add("s", DataTypes.StringType)
      .add("ts", DataTypes.TimestampType)
      .add("n", DataTypes.IntegerType);

  private static final List<Row> EVENT_ROWS = Arrays.asList(
      RowFactory.create("2024-02-29 22:00:00", Timestamp.valueOf("2024-02-29 22:00:00"), 1),
      RowFactory.create("2024-02-29 23:30:00", Timestamp.valueOf("2024-02-29 23:30:00"), 2),
      RowFactory.create("2024-03-01 00:15:00", Timestamp.valueOf("2024-03-01 00:15:00"), 3),
      RowFactory.create("2024-03-31 23:59:59.999999", Timestamp.valueOf("2024-03-31 23:59:59.999999"), 4),
      RowFactory.create("2024-04-01 00:00:00", Timestamp.valueOf("2024-04-01 00:00:00"), 5),
      RowFactory.create("1969-12-31 23:58:00", Timestamp.valueOf("1969-12-31 23:58:00"), 6),
      RowFactory.create(null, null, 7));

  private static final StructType VISITS = new StructType()
      .add("user", DataTypes.StringType)
      .add("device", DataTypes.StringType)
      .add("ts", DataTypes.TimestampType)
      .add("n", DataTypes.IntegerType);

  private static final List<Row> VISIT_ROWS = Arrays.asList(
      RowFactory.create("u1", "web", Timestamp.valueOf("2024-03-05 10:00:00"), 1),
      RowFactory.create("u1", "web", Timestamp.valueOf("2024-03-05 10:20:00"), 2),
      RowFactory.create("u1", "web", Timestamp.valueOf("2024-03-05 10:08:00"), 3),
      RowFactory.create("u1", "web", Timestamp.valueOf("2024-03-05 10:04:00"), 4),
      RowFactory.create("u1", "app", Timestamp.valueOf("2024-03-05 10:01:00"), 5),
      RowFactory.create("u1", "app", Timestamp.valueOf("2024-03-05 10:06:00"), 6),
      RowFactory.create("u1", "web", Timestamp.valueOf("2024-03-05 10:16:00"), 12),
      RowFactory.create("u2", "web", Timestamp.valueOf("2024-03-05 10:10:00"), 7),
      RowFactory.create("u2", "web", Timestamp.valueOf("2024-03-05 10:10:00"), 8),
      RowFactory.create("u2", "web", null, 9),
      RowFactory.create("u2", "app", Timestamp.valueOf("2024-03-05 10:30:00"), 10),
      RowFactory.create(null, "web", Timestamp.valueOf("2024-03-05 10:00:00"), 11));

  private TimeWindowData() {
  }

  /** Users' clicks within one hour: a user, a timestamp (one NULL) and a number. */
  static Dataset<Row> clicks(SparkSession spark) {
    return spark.createDataFrame(CLICK_ROWS, CLICKS);
  }

  /** Events across a leap day, a month end and the epoch: the time as text, as a timestamp (one NULL), a number. */
  static Dataset<Row> events(SparkSession spark) {
    return spark.createDataFrame(EVENT_ROWS, EVENTS);
  }

  /**
   * Visits by user and device, not in time order: late events that join two sessions, an event exactly at a
   * session's end, two at the same time, a NULL time and a NULL user.
   */
  static Dataset<Row> visits(SparkSession spark) {
    return spark.createDataFrame(VISIT_ROWS, VISITS);
  }
}
