package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.listagg;
import static org.apache.spark.sql.functions.listagg_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_dt_interval;
import static org.apache.spark.sql.functions.make_ym_interval;
import static org.apache.spark.sql.functions.string_agg;
import static org.apache.spark.sql.functions.string_agg_distinct;
import static org.apache.spark.sql.functions.try_avg;
import static org.apache.spark.sql.functions.try_sum;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** try_sum and try_avg (NULL on overflow), listagg and string_agg (with a delimiter, DISTINCT). */
public final class TryAndTextAggregateCases extends CaseGroup {
  public TryAndTextAggregateCases() {
    super("try_and_text_aggregates");
    unordered("try_sum_grouped", spark -> data(spark).groupBy("k").agg(try_sum(col("v")), try_sum(col("big")),
        try_sum(col("d")), try_sum(col("amount")), try_sum(col("b"))));
    unordered("try_avg_grouped", spark -> data(spark).groupBy("k").agg(try_avg(col("v")), try_avg(col("big")),
        try_avg(col("d")), try_avg(col("amount"))));
    query("try_sum_global", spark -> data(spark).agg(try_sum(col("v")), try_sum(col("amount")), try_avg(col("s"))));
    query("try_sum_long_overflow", spark -> data(spark).agg(try_sum(col("huge")), try_avg(col("huge"))));
    unordered("try_sum_long_overflow_grouped", spark -> data(spark).groupBy("k").agg(try_sum(col("huge"))));
    query("try_sum_decimal_overflow", spark -> data(spark).agg(try_sum(col("wide")), try_avg(col("wide"))));
    query("try_sum_empty", spark -> data(spark).where(col("v").gt(100)).agg(try_sum(col("v")), try_avg(col("v")),
        try_sum(col("amount")), try_avg(col("amount"))));
    query("try_sum_of_intervals", spark -> data(spark).agg(try_sum(make_ym_interval(lit(0), col("v"))),
        try_avg(make_ym_interval(lit(0), col("v"))), try_sum(make_dt_interval(lit(0), lit(0), lit(0), col("d"))),
        try_avg(make_dt_interval(col("v"), lit(0), lit(0), lit(0)))));
    query("try_sum_of_intervals_overflow", spark -> data(spark).where(col("k").equalTo("a")).agg(
        try_sum(make_ym_interval(lit(178000000), col("v"))), try_avg(make_ym_interval(lit(178000000), col("v")))));
    query("try_sum_of_a_string", spark -> data(spark).where(col("name").equalTo("y1")).agg(try_sum(col("name"))));
    query("try_avg_of_a_string", spark -> data(spark).where(col("name").equalTo("y1")).agg(try_avg(col("name"))));
    query("try_sum_of_a_boolean", spark -> data(spark).agg(try_sum(col("flag"))));
    query("try_sum_call_function", spark -> data(spark).agg(call_function("try_sum", col("v")),
        call_function("try_avg", col("d"))));
    query("try_sum_over_window", spark -> data(spark).select(col("name"),
        try_sum(col("v")).over(Window.partitionBy("k")), try_avg(col("v")).over(Window.partitionBy("k").orderBy("name")))
        .orderBy("name"));
    query("listagg_global", spark -> data(spark).agg(listagg(col("name")), listagg(col("name"), lit(", ")),
        string_agg(col("tag"), lit("|"))));
    unordered("listagg_grouped", spark -> data(spark).groupBy("k").agg(listagg(col("tag"), lit("-")),
        string_agg(col("name"))));
    query("listagg_distinct", spark -> data(spark).where(col("k").equalTo("b")).agg(listagg_distinct(col("tag")),
        string_agg_distinct(col("tag"), lit(","))));
    query("listagg_empty", spark -> data(spark).where(col("v").gt(100)).agg(listagg(col("name")),
        string_agg(col("name"), lit(","))));
    query("listagg_all_null", spark -> data(spark).where(col("k").equalTo("c")).agg(listagg(col("tag"), lit(","))));
    query("listagg_binary", spark -> data(spark).where(col("k").equalTo("b"))
        .agg(listagg(col("tag").cast("binary"), lit(",").cast("binary"))));
    query("listagg_of_an_int", spark -> data(spark).agg(listagg(col("v"), lit(","))));
    query("listagg_delimiter_not_constant", spark -> data(spark).agg(listagg(col("name"), col("tag"))));
    query("listagg_delimiter_null", spark -> data(spark).agg(listagg(col("name"), lit(null))));
    query("listagg_mixed_types", spark -> data(spark).agg(listagg(col("name"), lit(",").cast("binary"))));
    query("listagg_call_function", spark -> data(spark).agg(call_function("listagg", col("name"), lit(";")),
        call_function("string_agg", col("tag"))));
    query("listagg_over_running_window", spark -> data(spark).select(col("name"),
        listagg(col("tag"), lit("/")).over(Window.partitionBy("k").orderBy(col("name").desc()))).orderBy("name"));
    query("listagg_in_select", spark -> data(spark).select(listagg(col("tag")), try_sum(col("v"))));
    query("listagg_over_window", spark -> data(spark).select(col("name"),
        listagg(col("tag"), lit(",")).over(Window.partitionBy("k"))).orderBy("name"));
  }

  private static Dataset<Row> data(SparkSession spark) {
    BigDecimal wide = new BigDecimal("9".repeat(37));
    return spark.createDataFrame(Arrays.asList(
        RowFactory.create("a", "x1", 1, 10L, 1.5, new BigDecimal("1.25"), (byte) 100, (short) 4, Long.MAX_VALUE, wide,
            "p", true),
        RowFactory.create("a", "x2", 3, 20L, 2.5, new BigDecimal("2.50"), (byte) 100, (short) 2, 10L, wide, "q", true),
        RowFactory.create("a", "x3", null, null, null, null, null, null, null, null, null, null),
        RowFactory.create("b", "y1", 2, -7L, -1.0, new BigDecimal("3.00"), (byte) 1, (short) 3, 5L, wide, "r", false),
        RowFactory.create("b", "y2", 4, 8L, 1.0, new BigDecimal("4.00"), (byte) 2, (short) 5, -5L, wide, "r", true),
        RowFactory.create("b", "y3", 4, 8L, 1.0, new BigDecimal("4.00"), (byte) 3, (short) 5, 1L, wide, "s", true),
        RowFactory.create("c", null, null, null, null, null, null, null, null, null, null, null)),
        new StructType().add("k", DataTypes.StringType).add("name", DataTypes.StringType)
            .add("v", DataTypes.IntegerType).add("big", DataTypes.LongType).add("d", DataTypes.DoubleType)
            .add("amount", DataTypes.createDecimalType(10, 2)).add("b", DataTypes.ByteType)
            .add("s", DataTypes.ShortType).add("huge", DataTypes.LongType)
            .add("wide", DataTypes.createDecimalType(38, 0)).add("tag", DataTypes.StringType)
            .add("flag", DataTypes.BooleanType));
  }
}
