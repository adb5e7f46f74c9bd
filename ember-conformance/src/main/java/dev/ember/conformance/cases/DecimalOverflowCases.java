package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_add;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.try_multiply;
import static org.apache.spark.sql.functions.try_subtract;
import static org.apache.spark.sql.functions.when;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Decimal arithmetic near 38 digits: the result types of Spark's DecimalPrecision (with and without
 * spark.sql.decimalOperations.allowPrecisionLoss), exact results whose operands' product or quotient needs more than
 * 38 digits, and NUMERIC_VALUE_OUT_OF_RANGE naming Spark's value on overflow (NULL without ANSI).
 */
public final class DecimalOverflowCases extends CaseGroup {
  private static final String ANSI = "spark.sql.ansi.enabled";
  private static final String PRECISION_LOSS = "spark.sql.decimalOperations.allowPrecisionLoss";

  public DecimalOverflowCases() {
    super("decimal_overflow");
    query("wide_operands_fit", spark -> wide(spark).select(col("id"), col("a").plus(col("b")), col("a").minus(col("b")),
        col("a").multiply(col("b")), col("a").divide(col("b"))).orderBy("id"));
    query("wide_times_and_over_constants", spark -> wide(spark).select(col("id"), col("a").multiply(10),
        col("b").divide(10)).orderBy("id"));
    query("add_overflow", spark -> pair(spark, "38,1", "5000000000000000000000000000000000000.1", "38,1",
        "5000000000000000000000000000000000000").select(col("a").plus(col("b"))));
    query("subtract_overflow", spark -> pair(spark, "38,1", "-4000000000000000000000000000000000000.1", "38,0",
        "7000000000000000000000000000000000000").select(col("a").minus(col("b"))));
    query("multiply_overflow", spark -> pair(spark, "21,1", "12345678901234567890.0", "21,1",
        "12345678901234567890.0").select(col("a").multiply(col("b"))));
    query("multiply_overflow_38_0", spark -> pair(spark, "38,0", "1234567890123456789000000000000", "38,0",
        "12345678901234567890000000").select(col("a").multiply(col("b"))));
    query("divide_overflow", spark -> pair(spark, "36,0", "100000000000000000000000000000000000", "2,1", "0.1")
        .select(col("a").divide(col("b"))));
    query("add_rounds_to_scale", spark -> pair(spark, "38,7", "12345678912345678912345678912.1234567", "36,5",
        "9999999999999999999999999999999.12345").select(col("a").plus(col("b"))));
    query("multiply_rounds_to_scale", spark -> pair(spark, "28,10", "123456789123456789.1234567890", "19,18",
        "1.123456789123456789").select(col("a").multiply(col("b"))));
    query("divide_wide_exact", spark -> pair(spark, "38,3", "10123456789012345678901234567890.123", "2,1", "1.0")
        .select(col("a").divide(col("b"))));
    query("divide_rounds_half_up", spark -> pair(spark, "27,12", "12345678912345.123456789123", "9,9",
        "0.000000012")
        .select(col("a").divide(col("b"))));
    query("null_operand", spark -> pair(spark, "38,18", null, "38,18", "1.5").select(col("a").multiply(col("b")),
        col("a").plus(col("b")), col("b").divide(col("a"))));
    query("try_functions_overflow", spark -> pair(spark, "38,1", "5000000000000000000000000000000000000.1", "38,1",
        "5000000000000000000000000000000000000").select(try_add(col("a"), col("b")),
        try_subtract(col("b"), col("a").multiply(-1)), try_multiply(col("a"), col("b")),
        try_divide(col("a"), lit(new BigDecimal("0.01")))));
    query("nested_wide", spark -> wide(spark).select(col("id"), col("a").multiply(col("b")).plus(col("a").divide(
        col("b"))), col("a").divide(col("b")).multiply(col("a")).minus(col("b"))).orderBy("id"));
    query("scale_beyond_38", spark -> pair(spark, "38,20", "1.5", "38,20", "2.25").select(col("a").multiply(col("b")),
        col("a").plus(col("b")), col("a").divide(col("b"))));
    query("many_rows", spark -> spark.range(1000).select(col("id").cast("decimal(38,18)").as("x"))
        .select(sum(col("x").multiply(col("x"))), sum(col("x").divide(col("x").plus(1)))));
    query("sum_of_products_per_group", spark -> spark.range(12).select((col("id").mod(3)).as("k"),
        col("id").cast("decimal(20,2)").plus(lit(new BigDecimal("0.25"))).as("x"))
        .groupBy("k").agg(sum(col("x").multiply(col("x"))), sum(col("x").multiply(col("x")).multiply(col("x"))))
        .orderBy("k"));
    query("sum_of_wide_overflow", spark -> spark.range(3).select(lit(new BigDecimal(
        "90000000000000000000000000000000000000")).cast("decimal(38,0)").as("x")).agg(sum(col("x"))));
    query("sum_of_wide_overflow_per_group", spark -> spark.range(6).select(col("id").mod(2).as("k"))
        .select(col("k"), when(col("k").equalTo(0), lit(new BigDecimal("60000000000000000000000000000000000000")))
            .otherwise(lit(new BigDecimal("10000000000000000000000000000000000000"))).cast("decimal(38,0)").as("x"))
        .groupBy("k").agg(sum(col("x"))).orderBy("k"));
    query("nullability", spark -> spark.range(2).select(col("id").cast("decimal(38,0)").multiply(
        col("id").cast("decimal(38,0)")), col("id").cast("decimal(20,2)").plus(col("id").cast("decimal(20,2)")),
        col("id").cast("decimal(38,2)").plus(col("id").cast("decimal(38,2)"))));
    withConfs("nullability_without_ansi", ANSI, "false", spark -> spark.range(2).select(col("id")
        .cast("decimal(38,0)").multiply(col("id").cast("decimal(38,0)")), col("id").cast("decimal(20,2)").plus(
        col("id").cast("decimal(20,2)")), col("id").cast("decimal(38,2)").plus(col("id").cast("decimal(38,2)"))));
    withConfs("add_overflow_without_ansi", ANSI, "false", spark -> pair(spark, "38,1",
        "5000000000000000000000000000000000000.1", "38,1", "5000000000000000000000000000000000000")
        .select(col("a").plus(col("b")), col("a").minus(col("b"))));
    withConfs("multiply_overflow_without_ansi", ANSI, "false", spark -> pair(spark, "21,1", "12345678901234567890.0",
        "21,1", "12345678901234567890.0").select(col("a").multiply(col("b")), col("a").plus(col("b"))));
    withConfs("divide_overflow_without_ansi", ANSI, "false", spark -> pair(spark, "36,0",
        "100000000000000000000000000000000000", "2,1", "0.1").select(col("a").divide(col("b"))));
    withConfs("wide_without_ansi", ANSI, "false", spark -> wide(spark).select(col("id"), col("a").multiply(col("b")),
        col("a").divide(col("b"))).orderBy("id"));
    withConfs("no_precision_loss_types", PRECISION_LOSS, "false", spark -> wide(spark).select(col("id"),
        col("a").plus(col("b")), col("a").multiply(10), col("b").divide(10)).orderBy("id"));
    withConfs("no_precision_loss_multiply_overflow", PRECISION_LOSS, "false", spark -> pair(spark, "38,18", "100",
        "38,18", "999").select(col("a").multiply(col("b"))));
    withConfs("no_precision_loss_multiply_fits", PRECISION_LOSS, "false", spark -> pair(spark, "20,18",
        "10.300000000000000000", "20,18", "3.000000000000000000").select(col("a").multiply(col("b"))));
    withConfs("no_precision_loss_divide", PRECISION_LOSS, "false", spark -> pair(spark, "38,6",
        "10123456789012345678901234567890.123456", "3,1", "10.0").select(col("a").divide(col("b"))));
    withConfs("no_precision_loss_add_overflow", PRECISION_LOSS, "false", spark -> pair(spark, "38,7",
        "12345678912345678912345678912.1234567", "36,5", "9999999999999999999999999999999.12345")
        .select(col("a").plus(col("b"))));
    withConfs("no_precision_loss_without_ansi", PRECISION_LOSS, "false", spark -> {
      spark.conf().set(ANSI, "false");
      return pair(spark, "38,18", "100", "38,18", "999").select(col("a").multiply(col("b")), col("a").plus(col("b")));
    });
  }

  /** Two decimal(38,18) columns, as Spark's decimals_test table. */
  private static Dataset<Row> wide(SparkSession spark) {
    StructType schema = new StructType().add("id", DataTypes.IntegerType)
        .add("a", DataTypes.createDecimalType(38, 18)).add("b", DataTypes.createDecimalType(38, 18));
    List<Row> rows = Arrays.asList(
        RowFactory.create(1, new BigDecimal("100.0"), new BigDecimal("999.0")),
        RowFactory.create(2, new BigDecimal("12345.123"), new BigDecimal("12345.123")),
        RowFactory.create(3, new BigDecimal("0.1234567891011"), new BigDecimal("1234.1")),
        RowFactory.create(4, new BigDecimal("123456789123456789.0"), new BigDecimal("1.123456789123456789")));
    return spark.createDataFrame(rows, schema);
  }

  /** One row of decimals {@code a} and {@code b} of the given "precision,scale" types. */
  private static Dataset<Row> pair(SparkSession spark, String aType, String a, String bType, String b) {
    StructType schema = new StructType().add("a", decimal(aType)).add("b", decimal(bType));
    return spark.createDataFrame(List.of(RowFactory.create(a == null ? null : new BigDecimal(a),
        b == null ? null : new BigDecimal(b))), schema);
  }

  private static org.apache.spark.sql.types.DecimalType decimal(String type) {
    String[] parts = type.split(",");
    return DataTypes.createDecimalType(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  /** The query with {@code key} set to {@code value} (and whatever else it sets), both confs unset afterwards. */
  private void withConfs(String name, String key, String value, Function<SparkSession, Dataset<Row>> query) {
    check(name, (spark, outcome) -> {
      spark.conf().set(key, value);
      try {
        outcome.dataset(query.apply(spark));
      } finally {
        spark.conf().unset(ANSI);
        spark.conf().unset(PRECISION_LOSS);
      }
    });
  }
}
