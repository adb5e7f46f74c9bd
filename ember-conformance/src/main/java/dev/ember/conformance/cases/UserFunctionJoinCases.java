package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * More of {@code user_functions} (issue 17): UDFs in the conditions of outer, semi and anti joins, where a row that
 * matches nothing is kept (or dropped) as the UDF's result says, NULL inputs and UDF results included. Registered into
 * {@link UserFunctionCases}' group.
 */
final class UserFunctionJoinCases {
  private static final UserDefinedFunction SUMS_TO_FIVE = udf((UDF2<Long, Long, Boolean>) (left, right) ->
      left + right == 5, DataTypes.BooleanType);
  /** NULL for a NULL name, else whether both names start alike. */
  private static final UserDefinedFunction SAME_INITIAL = udf((UDF2<String, String, Boolean>) (left, right) ->
      left == null || right == null ? null : left.charAt(0) == right.charAt(0), DataTypes.BooleanType);
  private static final UserDefinedFunction LENGTH = udf((UDF1<String, Integer>) name ->
      name == null ? -1 : name.length(), DataTypes.IntegerType);

  private UserFunctionJoinCases() {
  }

  static void register(UserFunctionValueCases.Cases cases) {
    for (String type : new String[] {"left_outer", "right_outer", "full_outer", "left_semi", "left_anti"}) {
      cases.unordered("udf_" + type + "_join_condition", spark -> spark.range(6).as("a").join(spark.range(6).as("b"),
          SUMS_TO_FIVE.apply(col("a.id"), col("b.id")).and(col("a.id").lt(col("b.id"))), type));
    }
    cases.unordered("udf_left_outer_join_null_inputs", spark -> names(spark, "l").join(names(spark, "r"),
        SAME_INITIAL.apply(col("l.name"), col("r.name")).and(col("l.k").notEqual(col("r.k"))), "left_outer"));
    cases.unordered("udf_full_outer_join_equality_and_udf", spark -> names(spark, "l").join(names(spark, "r"),
        col("l.k").equalTo(col("r.k")).and(LENGTH.apply(col("l.name")).gt(3)), "full_outer"));
    cases.unordered("udf_left_anti_join_udf_only", spark -> names(spark, "l").join(names(spark, "r"),
        LENGTH.apply(col("l.name")).equalTo(LENGTH.apply(col("r.name")).plus(1)), "left_anti"));
  }

  private static Dataset<Row> names(SparkSession spark, String alias) {
    return spark.sql("SELECT * FROM VALUES (1, 'ann'), (2, 'anna'), (3, NULL), (4, 'bob'), (5, 'bea')"
        + " AS t(k, name)").as(alias);
  }
}
