package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.any_value;
import static org.apache.spark.sql.functions.bit_and;
import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.bit_xor;
import static org.apache.spark.sql.functions.bool_and;
import static org.apache.spark.sql.functions.bool_or;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.every;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.some;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** count_if, bool_and/every, bool_or/some/any, bit_and/bit_or/bit_xor, max_by/min_by and any_value. */
public final class PredicateAggregateCases extends CaseGroup {
  public PredicateAggregateCases() {
    super("predicate_aggregates");
    unordered("grouped", spark -> data(spark).groupBy("k").agg(count_if(col("v").gt(1)), bool_and(col("flag")),
        every(col("flag")), bool_or(col("flag")), some(col("flag")), call_function("any", col("flag")),
        bit_and(col("v")), bit_or(col("v")), bit_xor(col("v"))));
    query("global", spark -> data(spark).agg(count_if(col("flag")), bool_and(col("v").gt(0)), bool_or(col("v").gt(5)),
        bit_and(col("b")), bit_or(col("b")), bit_xor(col("s"))));
    query("empty_input", spark -> data(spark).where(col("v").gt(100)).agg(count_if(col("flag")), bool_and(col("flag")),
        bool_or(col("flag")), bit_or(col("v")), max_by(col("name"), col("v")), any_value(col("name"))));
    unordered("max_by_min_by", spark -> data(spark).groupBy("k").agg(max_by(col("name"), col("v")),
        min_by(col("name"), col("v")), max_by(col("v"), col("name")), min_by(col("flag"), col("s"))));
    query("max_by_null_value", spark -> data(spark).agg(max_by(col("flag"), col("v")), min_by(col("name"), col("s"))));
    unordered("any_value", spark -> data(spark).where(col("k").equalTo("b")).groupBy("k").agg(any_value(col("v")),
        any_value(col("flag"), lit(true))));
    query("over_window", spark -> data(spark).select(col("name"), count_if(col("flag")).over(Window.partitionBy("k")),
        bool_or(col("flag")).over(Window.partitionBy("k")), bit_xor(col("v")).over(Window.partitionBy("k")))
        .orderBy("name"));
    query("count_if_not_boolean", spark -> data(spark).agg(count_if(col("v"))));
    query("bool_and_not_boolean", spark -> data(spark).agg(bool_and(col("v"))));
    query("bool_or_of_strings", spark -> spark.range(1).select(lit("true").as("t"), lit("false").as("f"))
        .agg(bool_or(col("t")), bool_and(col("f"))));
    query("bit_and_not_integral", spark -> data(spark).agg(bit_and(col("d"))));
    query("bit_or_of_a_string", spark -> data(spark).agg(bit_or(col("name"))));
    query("count_if_in_select", spark -> data(spark).select(count_if(col("flag")), max_by(col("name"), col("v"))));
  }

  private static Dataset<Row> data(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(
        RowFactory.create("a", "x1", 1, true, (byte) 12, (short) 3, 1.5),
        RowFactory.create("a", "x2", 3, true, (byte) 10, (short) 5, 2.5),
        RowFactory.create("a", "x3", 6, false, (byte) 7, (short) 9, null),
        RowFactory.create("b", "y1", 2, null, null, (short) 1, 0.5),
        RowFactory.create("b", null, 4, true, (byte) 3, null, 1.0),
        RowFactory.create("c", "z1", 5, null, (byte) 1, (short) 2, 3.0)),
        new StructType().add("k", DataTypes.StringType).add("name", DataTypes.StringType)
            .add("v", DataTypes.IntegerType).add("flag", DataTypes.BooleanType).add("b", DataTypes.ByteType)
            .add("s", DataTypes.ShortType).add("d", DataTypes.DoubleType));
  }
}
