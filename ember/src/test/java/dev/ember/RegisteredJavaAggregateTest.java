package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.SparkThrowable;
import org.apache.spark.connect.proto.Command;
import org.apache.spark.connect.proto.CommonInlineUserDefinedFunction;
import org.apache.spark.connect.proto.JavaUDF;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * PySpark's {@code spark.udf.registerJavaUDAF(name, className)} (a RegisterFunction command of a JavaUDF marked
 * aggregate, which the JVM client never sends): the UserDefinedAggregateFunction class is loaded when registered,
 * called from SQL as Spark's ScalaUDAF; a class Spark cannot load or that is no UDAF gets Spark's legacy errors.
 */
class RegisteredJavaAggregateTest {
  @Test
  void aUdafClassRegisteredByNameAggregatesAsInSpark() {
    SparkSession spark = Ember.session().newSession();
    register(spark, "Long_Sum", "dev.ember.conformance.cases.UdafFixtures$LongSum");
    assertThat(spark.sql("SELECT id % 2 AS k, long_sum(id) FROM range(5) GROUP BY 1 ORDER BY 1")
        .collectAsList().toString()).isEqualTo("[[0,6], [1,4]]");
    assertThat(spark.sql("SELECT LONG_SUM(id) FROM range(5)").columns()).containsExactly("long_sum(id)");

    assertThatThrownBy(() -> register(spark, "missing", "no.such.Class"))
        .isInstanceOfSatisfying(SparkThrowable.class,
            error -> assertThat(error.getCondition()).isEqualTo("_LEGACY_ERROR_TEMP_1329"));
    assertThatThrownBy(() -> register(spark, "text", "java.lang.String"))
        .isInstanceOfSatisfying(SparkThrowable.class,
            error -> assertThat(error.getCondition()).isEqualTo("_LEGACY_ERROR_TEMP_1330"));
  }

  private static void register(SparkSession spark, String name, String className) {
    ((org.apache.spark.sql.connect.SparkSession) spark).execute(Command.newBuilder().setRegisterFunction(
        CommonInlineUserDefinedFunction.newBuilder().setFunctionName(name).setDeterministic(true)
            .setJavaUdf(JavaUDF.newBuilder().setClassName(className).setAggregate(true))).build());
  }
}
