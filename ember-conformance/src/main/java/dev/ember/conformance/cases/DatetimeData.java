package dev.ember.conformance.cases;

import dev.ember.conformance.CaseBody;
import dev.ember.conformance.CaseGroup;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Shared rows for the date and timestamp cases, and a helper that runs a case in another session time zone. */
final class DatetimeData {
  static final String TIME_ZONE = "spark.sql.session.timeZone";

  private static final StructType EVENTS = new StructType()
      .add("s", DataTypes.StringType)
      .add("d", DataTypes.DateType)
      .add("ts", DataTypes.TimestampType)
      .add("n", DataTypes.LongType);

  private static final List<Row> EVENT_ROWS = Arrays.asList(
      RowFactory.create("2024-01-15", Date.valueOf("2024-01-15"), Timestamp.valueOf("2024-01-15 10:30:45.123456"),
          1705314645L),
      RowFactory.create("2023-12-31", Date.valueOf("2023-12-31"), Timestamp.valueOf("2023-12-31 23:59:59"), 0L),
      RowFactory.create("2024-02-29", Date.valueOf("2024-02-29"), Timestamp.valueOf("2024-02-29 00:00:00.5"), -1L),
      RowFactory.create(null, null, null, null));

  private DatetimeData() {
  }

  /** Strings, dates, timestamps (instants; the JVM runs in UTC) and epoch seconds, with a row of NULLs. */
  static Dataset<Row> events(SparkSession spark) {
    return spark.createDataFrame(EVENT_ROWS, EVENTS);
  }

  /** One column {@code s} of strings. */
  static Dataset<Row> strings(SparkSession spark, String... values) {
    StructType schema = new StructType().add("s", DataTypes.StringType);
    return spark.createDataFrame(Arrays.stream(values).map(value -> (Row) RowFactory.create(value)).toList(), schema);
  }

  /** Runs {@code body} with the session time zone set to {@code zone}, then unsets it (also on failure). */
  static CaseBody inZone(String zone, CaseGroup.DataFrameQuery query) {
    return (spark, outcome) -> {
      spark.conf().set(TIME_ZONE, zone);
      try {
        outcome.dataset(query.apply(spark).toDF());
      } finally {
        spark.conf().unset(TIME_ZONE);
      }
    };
  }
}
