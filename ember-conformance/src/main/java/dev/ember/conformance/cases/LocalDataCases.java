package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** createDataFrame from rows and a schema: every atomic type, nulls, empty data. */
public final class LocalDataCases extends CaseGroup {
  private static final StructType PEOPLE = new StructType()
      .add("name", DataTypes.StringType)
      .add("age", DataTypes.IntegerType)
      .add("city", DataTypes.StringType, true);

  private static final List<Row> PEOPLE_ROWS = Arrays.asList(
      RowFactory.create("Alice", 34, "Paris"),
      RowFactory.create("Bob", 45, null),
      RowFactory.create("Carol", 29, "Berlin"),
      RowFactory.create("Dan", null, "Paris"));

  public LocalDataCases() {
    super("local_data");
    query("people", spark -> spark.createDataFrame(PEOPLE_ROWS, PEOPLE));
    query("people_filter", spark -> spark.createDataFrame(PEOPLE_ROWS, PEOPLE).filter(col("age").gt(30)));
    query("people_order_nulls", spark -> spark.createDataFrame(PEOPLE_ROWS, PEOPLE).orderBy(col("city")));
    query("people_order_desc_nulls_last", spark -> spark.createDataFrame(PEOPLE_ROWS, PEOPLE).orderBy(col("age").desc()));
    query("people_order_asc_nulls_last", spark -> spark.createDataFrame(PEOPLE_ROWS, PEOPLE).orderBy(col("age").asc_nulls_last()));
    query("people_group_by", spark -> spark.createDataFrame(PEOPLE_ROWS, PEOPLE).groupBy("city").count()
        .orderBy(col("city")));
    query("empty_with_schema", spark -> spark.createDataFrame(List.of(), PEOPLE));
    query("atomic_types", spark -> spark.createDataFrame(List.of(RowFactory.create(
            true, (byte) 1, (short) 2, 3, 4L, 5.5f, 6.25, new BigDecimal("7.50"), "eight",
            Date.valueOf("2024-01-02"), Timestamp.valueOf("2024-01-02 03:04:05.123456"))),
        new StructType()
            .add("bool", DataTypes.BooleanType).add("byte", DataTypes.ByteType).add("short", DataTypes.ShortType)
            .add("int", DataTypes.IntegerType).add("long", DataTypes.LongType).add("float", DataTypes.FloatType)
            .add("double", DataTypes.DoubleType).add("decimal", DataTypes.createDecimalType(10, 2))
            .add("string", DataTypes.StringType).add("date", DataTypes.DateType)
            .add("timestamp", DataTypes.TimestampType)));
    query("non_nullable_schema", spark -> spark.createDataFrame(List.of(RowFactory.create(1)),
        new StructType().add("x", DataTypes.IntegerType, false)));
  }
}
