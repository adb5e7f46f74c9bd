package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** {@code na.fill/drop/replace} with {@code "*"}, nested column names and NaN, as Spark's own suites use them. */
public final class NaEdgeCases extends CaseGroup {
  public NaEdgeCases() {
    super("na_edge_cases");
    query("fill_star_column", spark -> NaStatCases.measures(spark).na().fill("new name", new String[] {"*"}));
    query("fill_star_number", spark -> NaStatCases.measures(spark).na().fill(0L, new String[] {"*"}));
    query("drop_star_column", spark -> NaStatCases.measures(spark).na().drop("any", new String[] {"*"}));
    query("replace_star", spark -> NaStatCases.measures(spark).na().replace("*", Map.of("Ann", "Anne")));
    query("replace_star_numbers", spark -> NaStatCases.measures(spark).na().replace("*", Map.of(31, 30)));
    query("fill_nested_column", spark -> nested(spark).na().fill("a1", new String[] {"c1.c1-1"}));
    query("drop_nested_column", spark -> nested(spark).na().drop("any", new String[] {"c1.c1-1"}));
    query("replace_nested_column", spark -> nested(spark).na().replace("c1.c1-1", Map.of("b1", "x")));
    query("replace_nan", spark -> doubles(spark).na().replace("d", Map.of(Double.NaN, 0.0)));
    query("replace_with_nan", spark -> doubles(spark).na().replace("d", Map.of(1.0, Double.NaN)));
    query("replace_nan_in_every_numeric_column", spark -> numbers(spark).na().replace("*", Map.of(Double.NaN, 10.0)));
    query("replace_float_nan_everywhere", spark -> numbers(spark).na().replace("*", Map.of(Float.NaN, 10.0f)));
    query("replace_one_with_nan_everywhere", spark -> numbers(spark).na().replace("*", Map.of(1.0, Double.NaN)));
    query("replace_one_with_infinity", spark -> numbers(spark).na().replace("*", Map.of(1.0, Double.POSITIVE_INFINITY)));
    query("fill_nan_and_null", spark -> doubles(spark).na().fill(9.5));
    query("drop_nan", spark -> doubles(spark).na().drop());
    query("fill_quoted_name", spark -> spark.range(3)
        .select(org.apache.spark.sql.functions.when(col("id").gt(0), col("id")).as("a.b")).na().fill(7L, new String[] {"`a.b`"}));
  }

  private static Dataset<Row> nested(SparkSession spark) {
    StructType schema = new StructType().add("c1", new StructType()
        .add("c1-1", DataTypes.StringType).add("c1-2", DataTypes.StringType));
    List<Row> rows = Arrays.asList(RowFactory.create(RowFactory.create(null, "a2")),
        RowFactory.create(RowFactory.create("b1", "b2")), RowFactory.create((Object) null));
    return spark.createDataFrame(rows, schema);
  }

  /** A row of ones and a row of zeros with NaN in the fractional columns, every numeric type. */
  private static Dataset<Row> numbers(SparkSession spark) {
    StructType schema = new StructType().add("int", DataTypes.IntegerType).add("long", DataTypes.LongType)
        .add("short", DataTypes.ShortType).add("byte", DataTypes.ByteType).add("float", DataTypes.FloatType)
        .add("double", DataTypes.DoubleType);
    return spark.createDataFrame(Arrays.asList(RowFactory.create(1, 1L, (short) 1, (byte) 1, 1.0f, 1.0),
        RowFactory.create(0, 0L, (short) 0, (byte) 0, Float.NaN, Double.NaN)), schema);
  }

  private static Dataset<Row> doubles(SparkSession spark) {
    StructType schema = new StructType().add("id", DataTypes.IntegerType).add("d", DataTypes.DoubleType);
    return spark.createDataFrame(Arrays.asList(RowFactory.create(1, 1.0), RowFactory.create(2, Double.NaN),
        RowFactory.create(3, null), RowFactory.create(4, 2.5)), schema);
  }
}
