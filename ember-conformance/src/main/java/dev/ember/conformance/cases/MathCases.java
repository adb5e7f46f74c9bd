package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.bround;
import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.log10;
import static org.apache.spark.sql.functions.log2;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.power;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.signum;
import static org.apache.spark.sql.functions.sqrt;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Rounding, floor/ceil, roots, exponentials, logarithms, powers, sign and modulo. */
public final class MathCases extends CaseGroup {
  private static final StructType SMALL_TYPES = new StructType()
      .add("b", DataTypes.ByteType).add("sh", DataTypes.ShortType).add("i", DataTypes.IntegerType)
      .add("f", DataTypes.FloatType);

  public MathCases() {
    super("math");
    // round / bround
    query("round_double_half_up", spark -> spark.range(1).select(round(lit(2.5)), round(lit(-2.5)), round(lit(0.5)),
        round(lit(1.5))));
    query("round_double_scale", spark -> spark.range(1).select(round(lit(0.125), 2), round(lit(2.675), 2),
        round(lit(1.005), 2), round(lit(-0.125), 2)));
    query("round_negative_scale", spark -> spark.range(1).select(round(lit(1250.0), -2), round(lit(1234.5), -1),
        round(lit(1250), -2), round(lit(-1350L), -2)));
    query("round_long_column", spark -> spark.range(0, 30, 7).select(round(col("id")), round(col("id"), -1)));
    query("round_small_types", spark -> spark.createDataFrame(List.of(RowFactory.create((byte) 15, (short) 250, 125, 2.5f)),
        SMALL_TYPES).select(round(col("b"), -1), round(col("sh"), -2), round(col("i"), -1), round(col("f"))));
    query("round_decimal", spark -> FunctionData.mixed(spark).select(round(col("m"), 2), round(col("m")),
        round(col("m"), -1)));
    query("round_decimal_literal", spark -> spark.range(1).select(round(lit(new BigDecimal("123.455")), 2),
        round(lit(new BigDecimal("-0.5")), 0), round(lit(new BigDecimal("99.9")), 5)));
    query("round_nan_and_null", spark -> FunctionData.mixed(spark).select(round(col("d")), round(col("i"), 1)));
    query("round_string", spark -> spark.range(1).select(round(lit("2.5"))));
    query("round_scale_not_constant", spark -> spark.range(2).select(round(lit(2.5), col("id").cast("int"))));
    query("round_boolean", spark -> spark.range(1).select(round(lit(true))));
    query("bround", spark -> spark.range(1).select(bround(lit(2.5)), bround(lit(3.5)), bround(lit(-2.5)),
        bround(lit(0.125), 2), bround(lit(25), -1), bround(lit(new BigDecimal("2.345")), 2)));
    // floor / ceil
    query("floor_ceil_double", spark -> FunctionData.mixed(spark).select(floor(col("d")), ceil(col("d"))));
    query("floor_ceil_long", spark -> spark.range(3).select(floor(col("id")), ceil(col("id"))));
    query("floor_ceil_int", spark -> FunctionData.mixed(spark).select(floor(col("i")), ceil(col("i"))));
    query("floor_ceil_decimal", spark -> FunctionData.mixed(spark).select(floor(col("m")), ceil(col("m"))));
    query("floor_ceil_scale", spark -> spark.range(1).select(floor(lit(3.14159), lit(2)), ceil(lit(3.14159), lit(2)),
        ceil(lit(1234.5), lit(-2))));
    query("floor_string", spark -> spark.range(1).select(floor(lit("2.5")), ceil(lit("-2.5"))));
    // sqrt / exp / log
    query("sqrt", spark -> FunctionData.mixed(spark).select(sqrt(col("d")), sqrt(col("i")), sqrt(col("m"))));
    query("sqrt_literals", spark -> spark.range(1).select(sqrt(lit(16)), sqrt(lit(2)), sqrt(lit(-1))));
    query("exp", spark -> spark.range(0, 5, 2).select(exp(col("id")), exp(lit(-1)), exp(lit(1000)), exp(lit(-1000))));
    // Spark uses java.lang.StrictMath (fdlibm): exp(1) is 2.7182818284590455, one ulp above e.
    query("exp_fdlibm_last_digit", spark -> spark.range(1).select(exp(lit(1))));
    query("log_natural", spark -> spark.range(3).select(log(col("id")), log(lit(Math.E)), log(lit(-1.0))));
    query("log_base", spark -> spark.range(1, 3).select(log(2.0, col("id")), log(10.0, lit(1000)), log(1.0, lit(5)),
        log(2.0, lit(0)), log(-2.0, lit(4))));
    // StrictMath.log(3) is 1.0986122886681096, one ulp below the correctly rounded value.
    query("log_base_fdlibm_last_digit", spark -> spark.range(1).select(log(2.0, lit(3))));
    query("log10_log2", spark -> spark.range(3).select(log10(col("id").multiply(10)), log2(col("id")),
        log10(lit(-5)), log2(lit(8))));
    query("log_nullable_input", spark -> FunctionData.mixed(spark).select(log(col("d")), log10(col("m"))));
    query("log_string", spark -> spark.range(1).select(log(lit("100")), log(lit("x"))));
    // pow / signum / pmod / %
    query("pow", spark -> spark.range(4).select(pow(col("id"), 2), pow(lit(2), col("id")), power(lit(-8), lit(1.0 / 3))));
    query("pow_edge_values", spark -> spark.range(1).select(pow(lit(0), lit(0)), pow(lit(0), lit(-1)),
        pow(lit(Double.NaN), lit(0)), pow(lit(10), lit(400))));
    query("signum", spark -> FunctionData.mixed(spark).select(signum(col("i")), signum(col("d")), signum(col("m"))));
    query("pmod", spark -> spark.range(1).select(pmod(lit(-7), lit(3)), pmod(lit(7), lit(-3)), pmod(lit(-7.5), lit(2)),
        lit(-7).mod(3), lit(7).mod(lit(-3))));
    query("pmod_columns", spark -> FunctionData.mixed(spark).select(pmod(col("i"), lit(3)), pmod(col("m"), lit(2))));
    query("pmod_by_zero", spark -> spark.range(1).select(pmod(lit(7), lit(0))));
    query("remainder_doubles", spark -> spark.range(1).select(lit(-7.5).mod(2), lit(7.5).mod(lit(-2.0))));
    query("remainder_by_zero", spark -> spark.range(1).select(lit(7).mod(0)));
    query("pmod_long_and_decimal_literal", spark -> spark.range(1, 3).select(pmod(col("id"), lit(new BigDecimal("0.7"))),
        pmod(lit(new BigDecimal("10.5")), lit(4))));
    query("sqrt_boolean", spark -> spark.range(1).select(sqrt(lit(true))));
  }
}
