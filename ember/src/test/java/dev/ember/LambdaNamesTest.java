package dev.ember;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.transform;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Unaliased lambda columns are named like Spark's, with the variable names the client chose
 * ({@code x_12}, from a JVM-wide counter): the conformance cases alias every lambda column, so the
 * name shape is checked here.
 */
class LambdaNamesTest {
  private final SparkSession spark = Ember.session();

  private Dataset<Row> arrays() {
    return spark.range(1).select(array(col("id"), lit(2L)).as("a"));
  }

  @Test
  void transformIsNamedWithItsLambda() {
    String name = arrays().select(transform(col("a"), x -> x.plus(1))).columns()[0];
    Matcher matcher = Pattern.compile("transform\\(a, lambdafunction\\(\\((x_\\d+) \\+ 1\\), (x_\\d+)\\)\\)").matcher(name);
    assertThat(matcher.matches()).as(name).isTrue();
    assertThat(matcher.group(1)).isEqualTo(matcher.group(2));
  }

  @Test
  void aggregateShowsTheIdentityFinish() {
    String name = arrays().select(aggregate(col("a"), lit(0L), (acc, x) -> acc.plus(x))).columns()[0];
    assertThat(name).matches("aggregate\\(a, 0, lambdafunction\\(\\((\\w+_\\d+) \\+ (\\w+_\\d+)\\), \\1, \\2\\), "
        + "lambdafunction\\((\\w+_\\d+), \\3\\)\\)");
  }
}
