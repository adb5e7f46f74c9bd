package dev.ember.suites.sql;

import dev.ember.EmberFunctions;
import java.util.Optional;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The functions SQLQueryTestSuite registers for a file, registered alike on an embedded Ember session:
 * <ul>
 *   <li>{@code udf/**}: {@code udf}, its {@code TestScalaUDF} (the goldens are the same for its Python and Pandas
 *   variants): a function builder giving {@code CAST(toString(CAST(x AS STRING)) AS typeof(x))}, the middle a JVM
 *   UDF passing NULL through; named {@code udf(x)} (Spark hides the casts it did not read from the user).</li>
 *   <li>{@code udaf/**}: {@code udaf}, its {@code TestGroupedAggPandasUDF} ({@code x.agg('count')}, an INT): here an
 *   {@code Aggregator} counting the non-NULL values.</li>
 *   <li>{@code postgreSQL/**} and {@code udf/postgreSQL/**} (PgSQLTest): {@code booleq}, {@code boolne}, {@code vol}.</li>
 * </ul>
 */
final class SqlTestFunctions {
  private SqlTestFunctions() {
  }

  /**
   * Why the file cannot run on a session that cannot register them (a Connect client's), if it needs them: applicable
   * still, as Spark's own run recorded its answers ({@link dev.ember.suites.TestResult#EMBEDDED_ONLY}).
   */
  static Optional<String> unavailableReason(String path) {
    return path.startsWith("udf/") || path.startsWith("udaf/")
        ? Optional.of(dev.ember.suites.TestResult.EMBEDDED_ONLY + "needs the test UDFs SQLQueryTestSuite registers "
            + "(a function builder, which a Connect client cannot register)") : Optional.empty();
  }

  /**
   * Registers what SQLQueryTestSuite registers for the file at {@code path} on {@code spark}; the test UDFs only on an
   * {@code embedded} Ember session (a Connect client cannot register a function builder).
   */
  static void register(String path, SparkSession spark, boolean embedded) {
    if (path.startsWith("udf/") && embedded) {
      UserDefinedFunction toText = functions.udf(
          (UDF1<Object, String>) input -> input == null ? null : input.toString(), DataTypes.StringType)
          .withName("udf");
      EmberFunctions.register(spark, "udf", (arguments, types) -> {
        if (arguments.size() != 1) {
          throw new IllegalArgumentException("Defined UDF only has one column");
        }
        return toText.apply(arguments.get(0).cast(DataTypes.StringType)).cast(types.get(0));
      });
    }
    if (path.startsWith("udaf/") && embedded) {
      spark.udf().register("udaf", functions.udaf(new NonNullCount(), Encoders.STRING()));
    }
    if (path.startsWith("postgreSQL/") || path.startsWith("udf/postgreSQL/")) {
      // Scala functions of primitive Booleans: NULL in, NULL out
      spark.udf().register("booleq", (UDF2<Boolean, Boolean, Boolean>) (left, right) -> left == null || right == null
          ? null : left.booleanValue() == right.booleanValue(), DataTypes.BooleanType);
      spark.udf().register("boolne", (UDF2<Boolean, Boolean, Boolean>) (left, right) -> left == null || right == null
          ? null : left.booleanValue() != right.booleanValue(), DataTypes.BooleanType);
      spark.udf().register("vol", (UDF1<String, String>) text -> text, DataTypes.StringType);
    }
  }

  /** The number of non-NULL values, as pandas' {@code Series.agg('count')}. */
  static final class NonNullCount extends Aggregator<String, Integer, Integer> {
    @Override
    public Integer zero() {
      return 0;
    }

    @Override
    public Integer reduce(Integer count, String value) {
      return value == null ? count : count + 1;
    }

    @Override
    public Integer merge(Integer left, Integer right) {
      return left + right;
    }

    @Override
    public Integer finish(Integer count) {
      return count;
    }

    @Override
    public Encoder<Integer> bufferEncoder() {
      return Encoders.INT();
    }

    @Override
    public Encoder<Integer> outputEncoder() {
      return Encoders.INT();
    }
  }
}
