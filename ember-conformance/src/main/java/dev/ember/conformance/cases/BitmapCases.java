package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.bitmap_and_agg;
import static org.apache.spark.sql.functions.bitmap_bit_position;
import static org.apache.spark.sql.functions.bitmap_bucket_number;
import static org.apache.spark.sql.functions.bitmap_construct_agg;
import static org.apache.spark.sql.functions.bitmap_count;
import static org.apache.spark.sql.functions.bitmap_or_agg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** bitmap_bit_position, bitmap_bucket_number, bitmap_count and the aggregates bitmap_construct/or/and_agg. */
public final class BitmapCases extends CaseGroup {
  public BitmapCases() {
    super("bitmap_functions");
    query("bit_position_and_bucket", spark -> data(spark).select(col("v"), bitmap_bit_position(col("v")),
        bitmap_bucket_number(col("v")), bitmap_bit_position(col("i")), bitmap_bucket_number(col("i"))).orderBy("v"));
    query("bit_position_of_a_string", spark -> data(spark).where(col("v").equalTo(1))
        .select(bitmap_bit_position(col("k"))));
    query("bit_position_of_a_double", spark -> data(spark).select(bitmap_bucket_number(col("v").cast("double"))));
    unordered("construct_per_bucket", spark -> data(spark).groupBy(bitmap_bucket_number(col("v")).as("bucket"))
        .agg(bitmap_count(bitmap_construct_agg(bitmap_bit_position(col("v")))).as("n"),
            substring(hex(bitmap_construct_agg(bitmap_bit_position(col("v")))), 1, 24).as("head"),
            length(bitmap_construct_agg(bitmap_bit_position(col("v")))).as("bytes")));
    query("construct_empty", spark -> data(spark).where(col("v").gt(1_000_000))
        .agg(bitmap_construct_agg(bitmap_bit_position(col("v"))).isNull(),
            bitmap_count(bitmap_construct_agg(bitmap_bit_position(col("v"))))));
    query("construct_position_out_of_range", spark -> data(spark).where(col("k").equalTo("a"))
        .agg(bitmap_construct_agg(col("v"))));
    query("construct_negative_position", spark -> data(spark).where(col("v").equalTo(-1))
        .agg(bitmap_construct_agg(col("v"))));
    query("construct_of_a_string", spark -> data(spark).where(col("v").equalTo(0))
        .agg(bitmap_construct_agg(col("k"))));
    unordered("or_and_of_bitmaps", spark -> bitmaps(spark).groupBy("group")
        .agg(bitmap_count(bitmap_or_agg(col("bitmap"))), bitmap_count(bitmap_and_agg(col("bitmap"))),
            substring(hex(bitmap_or_agg(col("bitmap"))), 1, 8), substring(hex(bitmap_and_agg(col("bitmap"))), 1, 8)));
    query("or_and_empty", spark -> bitmaps(spark).where(col("group").equalTo("none"))
        .agg(bitmap_count(bitmap_or_agg(col("bitmap"))), bitmap_count(bitmap_and_agg(col("bitmap")))));
    query("or_agg_of_an_int", spark -> data(spark).agg(bitmap_or_agg(col("v"))));
    // shorter inputs than a bitmap's 4096 bytes (PySpark's doctest ORs one-byte values): the result is a whole bitmap
    query("or_and_of_short_binaries", spark -> spark.sql("SELECT length(o) AS ol, substring(hex(o), 1, 8) AS oh, "
        + "length(a) AS al, substring(hex(a), 1, 8) AS ah, bitmap_count(a) AS ac FROM (SELECT bitmap_or_agg(b) AS o, "
        + "bitmap_and_agg(b) AS a FROM VALUES (X'10'), (X'20F0'), (X'40') AS t(b))"));
    query("count_of_short_binaries", spark -> spark.range(1).select(bitmap_count(lit(new byte[] {1, 3, 7, -1})),
        bitmap_count(lit(new byte[0]))));
    query("count_of_a_string", spark -> data(spark).select(bitmap_count(col("k"))));
    query("construct_as_window_function", spark -> data(spark).where(col("v").between(1, 100))
        .select(col("v"), bitmap_construct_agg(bitmap_bit_position(col("v"))).over(Window.orderBy("v")).as("b"))
        .select(col("v"), bitmap_count(col("b"))).orderBy("v"));
  }

  private static Dataset<Row> data(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(
        RowFactory.create("a", 1L, 1),
        RowFactory.create("a", 2L, 0),
        RowFactory.create("a", 3L, -1),
        RowFactory.create("a", 32768L, -32768),
        RowFactory.create("b", 32769L, -32769),
        RowFactory.create("b", 65536L, 65537),
        RowFactory.create("b", 0L, null),
        RowFactory.create("b", -1L, 100),
        RowFactory.create("c", -32768L, 7),
        RowFactory.create("c", -32769L, 7),
        RowFactory.create("c", 9_000_000_000L, 2),
        RowFactory.create("c", null, 3)),
        new StructType().add("k", DataTypes.StringType).add("v", DataTypes.LongType).add("i", DataTypes.IntegerType));
  }

  private static Dataset<Row> bitmaps(SparkSession spark) {
    Dataset<Row> positions = spark.createDataFrame(Arrays.asList(
        RowFactory.create("x", 1, 1L), RowFactory.create("x", 1, 2L), RowFactory.create("x", 1, 9L),
        RowFactory.create("x", 2, 2L), RowFactory.create("x", 2, 9L), RowFactory.create("x", 2, 100L),
        RowFactory.create("y", 3, 5L), RowFactory.create("y", 4, 32767L), RowFactory.create("y", 4, 5L)),
        new StructType().add("group", DataTypes.StringType).add("part", DataTypes.IntegerType)
            .add("position", DataTypes.LongType));
    return positions.groupBy("group", "part").agg(bitmap_construct_agg(col("position")).as("bitmap"));
  }
}
