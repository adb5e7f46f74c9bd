package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.acos;
import static org.apache.spark.sql.functions.acosh;
import static org.apache.spark.sql.functions.asin;
import static org.apache.spark.sql.functions.asinh;
import static org.apache.spark.sql.functions.atan;
import static org.apache.spark.sql.functions.atan2;
import static org.apache.spark.sql.functions.atanh;
import static org.apache.spark.sql.functions.bin;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.cbrt;
import static org.apache.spark.sql.functions.ceiling;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.cos;
import static org.apache.spark.sql.functions.cosh;
import static org.apache.spark.sql.functions.cot;
import static org.apache.spark.sql.functions.csc;
import static org.apache.spark.sql.functions.degrees;
import static org.apache.spark.sql.functions.e;
import static org.apache.spark.sql.functions.expm1;
import static org.apache.spark.sql.functions.factorial;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.hypot;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log1p;
import static org.apache.spark.sql.functions.pi;
import static org.apache.spark.sql.functions.positive;
import static org.apache.spark.sql.functions.radians;
import static org.apache.spark.sql.functions.rint;
import static org.apache.spark.sql.functions.sec;
import static org.apache.spark.sql.functions.sign;
import static org.apache.spark.sql.functions.sin;
import static org.apache.spark.sql.functions.sinh;
import static org.apache.spark.sql.functions.tan;
import static org.apache.spark.sql.functions.tanh;
import static org.apache.spark.sql.functions.unhex;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;

/** Trigonometry, hyperbolic functions, angle conversions, bin/hex, factorial, div/mod and sign aliases. */
public final class MathFunctionCases extends CaseGroup {
  public MathFunctionCases() {
    super("math_functions");
    query("trigonometry", spark -> spark.range(1).select(sin(lit(0.5)), cos(lit(0.5)), tan(lit(0.5)),
        asin(lit(0.5)), acos(lit(0.5)), atan(lit(0.5))));
    query("trigonometry_columns", spark -> FunctionData.mixed(spark).select(sin(col("i")), cos(col("i")),
        tan(col("m")), atan(col("d"))));
    query("trigonometry_out_of_domain", spark -> spark.range(1).select(asin(lit(2)), acos(lit(-1.5)),
        sin(lit(Double.POSITIVE_INFINITY)), atan(lit(Double.NEGATIVE_INFINITY))));
    query("reciprocal_trigonometry", spark -> spark.range(1).select(cot(lit(1)), sec(lit(1)), csc(lit(1)),
        cot(lit(0)), csc(lit(0.0)), sec(lit(0))));
    query("hyperbolic", spark -> spark.range(1).select(sinh(lit(1)), cosh(lit(2)), tanh(lit(0.5)),
        asinh(lit(1)), acosh(lit(2)), atanh(lit(0.5))));
    query("hyperbolic_edges", spark -> spark.range(1).select(acosh(lit(0.5)), atanh(lit(1)), atanh(lit(2)),
        sinh(lit(1000)), tanh(lit(1000)), asinh(lit(-0.0))));
    query("hyperbolic_columns", spark -> FunctionData.mixed(spark).select(sinh(col("d")), cosh(col("d")),
        tanh(col("m"))));
    query("atan2_hypot", spark -> spark.range(1).select(atan2(lit(1), lit(1)), atan2(lit(0.0), lit(-1.0)),
        atan2(lit(-0.0), lit(-1.0)), hypot(lit(3), lit(4)), hypot(lit(Double.POSITIVE_INFINITY), lit(Double.NaN))));
    query("atan2_hypot_columns", spark -> FunctionData.mixed(spark).select(atan2(col("d"), col("i")),
        hypot(col("d"), col("m"))));
    query("degrees_radians", spark -> spark.range(1).select(degrees(lit(Math.PI)), radians(lit(180)),
        degrees(lit(1)), radians(lit(45.5))));
    query("degrees_radians_columns", spark -> FunctionData.mixed(spark).select(degrees(col("d")), radians(col("i"))));
    query("cbrt_expm1_log1p", spark -> spark.range(1).select(cbrt(lit(27)), cbrt(lit(-8.0)), expm1(lit(1e-10)),
        expm1(lit(0)), log1p(lit(1e-10)), log1p(lit(-1)), log1p(lit(-2))));
    query("cbrt_expm1_log1p_columns", spark -> FunctionData.mixed(spark).select(expm1(col("i")), log1p(col("d"))));
    // Spark computes these with fdlibm (java.lang.StrictMath), DuckDB with the C library: the last binary
    // digit can differ, and each such value has a case of its own
    query("sin_last_digit", spark -> spark.range(1).select(sin(lit(-2.5))));
    query("cosh_last_digit", spark -> spark.range(1).select(cosh(lit(1))));
    query("atan2_last_digit", spark -> spark.range(1).select(atan2(lit(4), lit(-2.5))));
    query("log1p_last_digit", spark -> spark.range(1).select(log1p(lit(2))));
    query("cbrt_last_digit", spark -> FunctionData.mixed(spark).select(cbrt(col("d")), cbrt(col("i"))));
    query("rint", spark -> spark.range(1).select(rint(lit(2.5)), rint(lit(3.5)), rint(lit(-2.5)), rint(lit(1.4)),
        rint(lit(Double.NaN))));
    query("rint_columns", spark -> FunctionData.mixed(spark).select(rint(col("d")), rint(col("m")), rint(col("i"))));
    query("trigonometry_string", spark -> spark.range(1).select(sin(lit("0.5")), cos(lit("x"))));
    query("trigonometry_boolean", spark -> spark.range(1).select(sin(lit(true))));
    query("e_pi", spark -> spark.range(2).select(e(), pi()));
    query("sign_ceiling", spark -> FunctionData.mixed(spark).select(sign(col("d")), sign(col("i")),
        ceiling(col("d")), ceiling(col("m")), ceiling(col("d"), lit(1))));
    query("positive", spark -> FunctionData.mixed(spark).select(positive(col("i")), positive(col("d")),
        positive(col("m"))));
    query("positive_string", spark -> spark.range(1).select(positive(lit("1"))));
    // bin / hex / unhex
    query("bin", spark -> spark.range(1).select(bin(lit(13)), bin(lit(-1)), bin(lit(0L)), bin(lit("5")),
        bin(lit(2.9))));
    query("bin_column", spark -> FunctionData.mixed(spark).select(bin(col("i"))));
    query("hex_numbers", spark -> spark.range(1).select(hex(lit(255)), hex(lit(-1L)), hex(lit(0)),
        hex(lit((byte) -1))));
    query("hex_strings_and_binary", spark -> FunctionData.mixed(spark).select(hex(col("s")), hex(col("i")),
        hex(col("s").cast("binary"))));
    query("unhex", spark -> spark.range(1).select(unhex(lit("537061726B")), unhex(lit("abc")), unhex(lit("zz")),
        unhex(lit(""))));
    query("hex_double", spark -> spark.range(1).select(hex(lit(2.5))));
    // factorial
    query("factorial", spark -> spark.range(-1, 22, 7).select(col("id"), factorial(col("id").cast("int"))));
    query("factorial_edges", spark -> spark.range(1).select(factorial(lit(0)), factorial(lit(20)), factorial(lit(21))));
    query("factorial_long", spark -> spark.range(3).select(factorial(col("id"))));
    // div / mod (SQL names through call_function)
    query("div", spark -> spark.range(1).select(call_function("div", lit(7), lit(2)), call_function("div", lit(-7), lit(2)),
        call_function("div", lit(7L), lit(-2L))));
    query("div_columns", spark -> FunctionData.mixed(spark).select(call_function("div", col("i"), lit(2)),
        call_function("div", col("m"), lit(new BigDecimal("0.3")))));
    query("div_by_zero", spark -> spark.range(1).select(call_function("div", lit(7), lit(0))));
    query("div_overflow", spark -> spark.range(1).select(call_function("div", lit(Long.MIN_VALUE), lit(-1L))));
    query("div_double", spark -> spark.range(1).select(call_function("div", lit(7.5), lit(2))));
    query("mod", spark -> spark.range(1).select(call_function("mod", lit(-7), lit(3)),
        call_function("mod", lit(7.5), lit(2))));
    query("mod_by_zero", spark -> spark.range(1).select(call_function("mod", lit(7), lit(0))));
    query("mod_columns", spark -> FunctionData.mixed(spark).select(call_function("mod", col("i"), lit(3)),
        call_function("mod", col("m"), lit(2))));
  }
}
