package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.equal_null;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.nullifzero;
import static org.apache.spark.sql.functions.nvl2;
import static org.apache.spark.sql.functions.regexp;
import static org.apache.spark.sql.functions.regexp_like;
import static org.apache.spark.sql.functions.sha;
import static org.apache.spark.sql.functions.zeroifnull;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;

/** if, nullif, nvl2, nullifzero, zeroifnull, between, equal_null, not, regexp/regexp_like, sha. */
public final class ConditionalFunctionCases extends CaseGroup {
  public ConditionalFunctionCases() {
    super("conditional_functions");
    query("if", spark -> FunctionData.mixed(spark).select(call_function("if", col("b"), col("i"), lit(0)),
        call_function("if", col("i").gt(1), col("s"), lit("small")), call_function("if", lit(true), lit(1), lit(2.5))));
    query("if_null_condition", spark -> FunctionData.mixed(spark).select(
        call_function("if", lit(null).cast("boolean"), lit(1), lit(2)), call_function("if", col("b"), lit(null), col("m"))));
    query("if_not_boolean", spark -> spark.range(1).select(call_function("if", lit(1), lit(1), lit(2))));
    query("if_incompatible", spark -> spark.range(1).select(call_function("if", lit(true), lit(1), lit(true))));
    query("nullif", spark -> FunctionData.mixed(spark).select(nullif(col("i"), lit(2)), nullif(col("s"), lit("apple")),
        nullif(col("d"), col("d")), nullif(lit(1), lit(1L)), nullif(col("m"), lit(1.25))));
    query("nullif_string_number", spark -> spark.range(3).select(nullif(col("id"), lit("1")), nullif(lit("2"), col("id"))));
    query("nullif_incompatible", spark -> spark.range(1).select(nullif(lit(1), lit(true))));
    query("nvl2", spark -> FunctionData.mixed(spark).select(nvl2(col("i"), col("s"), lit("none")),
        nvl2(col("d"), lit(1), lit(2L)), nvl2(col("s"), col("m"), lit(0))));
    query("nvl2_incompatible", spark -> spark.range(1).select(nvl2(col("id"), lit(1), lit(true))));
    query("nullifzero_zeroifnull", spark -> FunctionData.mixed(spark).select(nullifzero(col("i").minus(1)),
        zeroifnull(col("i")), nullifzero(col("d")), zeroifnull(col("d")), zeroifnull(col("m")), nullifzero(col("m"))));
    query("nullifzero_zeroifnull_literals", spark -> spark.range(1).select(nullifzero(lit(0L)), zeroifnull(lit(null)),
        zeroifnull(lit((byte) 3)), nullifzero(lit(new BigDecimal("0.00")))));
    query("zeroifnull_string", spark -> spark.range(1).select(zeroifnull(lit("a"))));
    query("between", spark -> FunctionData.mixed(spark).select(call_function("between", col("i"), lit(1), lit(3)),
        call_function("between", col("s"), lit("a"), lit("c")), call_function("between", col("d"), col("i"), lit(2))));
    query("between_incompatible", spark -> spark.range(1).select(call_function("between", col("id"), lit(true), lit(2))));
    query("equal_null", spark -> FunctionData.mixed(spark).select(equal_null(col("i"), lit(2)),
        equal_null(col("s"), lit(null)), equal_null(col("d"), col("d"))));
    query("not", spark -> FunctionData.mixed(spark).select(call_function("not", col("b")),
        call_function("not", col("i").gt(1))));
    query("not_integer", spark -> spark.range(1).select(call_function("not", col("id"))));
    query("regexp_like", spark -> FunctionData.text(spark).select(regexp_like(col("t"), lit("^S.*L$")),
        regexp(col("t"), lit("[0-9]")), regexp_like(col("t"), lit("o w"))));
    query("regexp_like_not_string", spark -> spark.range(1).select(regexp(col("id"), lit("1"))));
    query("sha", spark -> FunctionData.mixed(spark).select(sha(col("s")), sha(col("s").cast("binary"))));
  }
}
