package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_add;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.try_mod;
import static org.apache.spark.sql.functions.try_multiply;
import static org.apache.spark.sql.functions.try_subtract;
import static org.apache.spark.sql.functions.uniform;
import static org.apache.spark.sql.functions.width_bucket;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Row;

/** try_add and its siblings (NULL instead of overflow or division by zero), width_bucket, uniform. */
public final class TryArithmeticCases extends CaseGroup {
  public TryArithmeticCases() {
    super("try_arithmetic");
    query("try_add", spark -> spark.range(1).select(try_add(lit(1), lit(2)), try_add(lit(Integer.MAX_VALUE), lit(1)),
        try_add(lit(Long.MAX_VALUE), lit(1L)), try_add(lit(1.5), lit(2)), try_add(lit(1), lit(2L))));
    query("try_subtract", spark -> spark.range(1).select(try_subtract(lit(1), lit(2)),
        try_subtract(lit(Integer.MIN_VALUE), lit(1)), try_subtract(lit(Long.MIN_VALUE), lit(1L)),
        try_subtract(lit(new BigDecimal("1.5")), lit(2))));
    query("try_multiply", spark -> spark.range(1).select(try_multiply(lit(6), lit(7)),
        try_multiply(lit(Integer.MAX_VALUE), lit(2)), try_multiply(lit(Long.MAX_VALUE), lit(2L)),
        try_multiply(lit(2.5), lit(4)), try_multiply(lit(new BigDecimal("1.5")), lit(new BigDecimal("2.25")))));
    query("try_divide", spark -> spark.range(1).select(try_divide(lit(7), lit(2)), try_divide(lit(7), lit(0)),
        try_divide(lit(new BigDecimal("1.0")), lit(3)), try_divide(lit(7.0), lit(0.0))));
    query("try_mod", spark -> spark.range(1).select(try_mod(lit(7), lit(3)), try_mod(lit(-7), lit(0)),
        try_mod(lit(7.5), lit(2)), try_mod(lit(new BigDecimal("7.5")), lit(0))));
    query("try_columns", spark -> FunctionData.mixed(spark).select(try_add(col("i"), lit(Integer.MAX_VALUE)),
        try_subtract(col("d"), col("i")), try_multiply(col("m"), col("i")), try_divide(col("i"), col("i")),
        try_mod(col("i"), lit(2))));
    query("try_add_long_column", spark -> spark.range(Long.MAX_VALUE - 2, Long.MAX_VALUE).select(col("id"),
        try_add(col("id"), lit(1L)), try_multiply(col("id"), lit(-1L))));
    query("try_add_string", spark -> spark.range(1).select(try_add(lit("1"), lit(2)), try_add(lit("x"), lit(2))));
    query("try_add_boolean", spark -> spark.range(1).select(try_add(lit(true), lit(2))));
    // width_bucket
    query("width_bucket", spark -> spark.range(1).select(width_bucket(lit(5.3), lit(0.2), lit(10.6), lit(5)),
        width_bucket(lit(-2.1), lit(1.3), lit(3.4), lit(3)), width_bucket(lit(8.1), lit(0.0), lit(5.7), lit(4)),
        width_bucket(lit(-0.9), lit(5.2), lit(0.5), lit(2)), width_bucket(lit(5), lit(0), lit(10), lit(0))));
    query("width_bucket_columns", spark -> FunctionData.mixed(spark).select(
        width_bucket(col("d"), lit(-3), lit(3), lit(4)), width_bucket(col("m"), lit(0), col("i"), lit(3L))));
    // uniform: random values; check the type and that a seed repeats its draws
    check("uniform_types_and_seed", (spark, outcome) -> {
      var df = spark.range(5).select(uniform(lit(1), lit(10), lit(7)).as("i"), uniform(lit(1L), lit(3.5), lit(7)).as("d"));
      outcome.schema(df);
      List<Row> first = df.collectAsList();
      outcome.value("same seed same draws", first.equals(df.collectAsList()));
      outcome.value("ints in range", first.stream().allMatch(r -> r.getInt(0) >= 1 && r.getInt(0) <= 10));
      outcome.value("doubles in range", first.stream().allMatch(r -> r.getDouble(1) >= 1 && r.getDouble(1) <= 3.5));
    });
  }
}
