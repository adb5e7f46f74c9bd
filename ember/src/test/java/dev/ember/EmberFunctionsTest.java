package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A function registered as a builder ({@link EmberFunctions}), as Spark's SQL tests register their {@code udf}: a JVM
 * UDF of the argument's text, cast back to the argument's type, named {@code udf(a)}.
 */
class EmberFunctionsTest {
  private static SparkSession spark;

  @BeforeAll
  static void register() {
    spark = Ember.builder().create();
    UserDefinedFunction text = functions.udf((UDF1<Object, String>) value -> value == null ? null : "" + value,
        DataTypes.StringType).withName("udf");
    EmberFunctions.register(spark, "udf", (arguments, types) -> text.apply(arguments.get(0)
        .cast(DataTypes.StringType)).cast(types.get(0)));
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW t AS SELECT * FROM VALUES (1, 'x', 1.5D), (2, 'y', NULL), "
        + "(2, NULL, 2.5D) AS t(a, b, c)");
  }

  @Test
  void aCallKeepsItsArgumentsTypeAndIsNamedWithoutTheBuildersCasts() {
    Dataset<Row> rows = spark.sql("SELECT udf(a), udf(b), udf(c), udf(udf(a) + 1) FROM t ORDER BY 1, 2");

    assertThat(rows.schema().catalogString())
        .isEqualTo("struct<udf(a):int,udf(b):string,udf(c):double,udf((udf(a) + 1)):int>");
    assertThat(rows.collectAsList().toString()).isEqualTo("[[1,x,1.5,2], [2,null,2.5,3], [2,y,null,3]]");
  }

  @Test
  void aCallGroupsAndAggregates() {
    assertThat(spark.sql("SELECT udf(a), udf(count(b)) FROM t GROUP BY udf(a) ORDER BY 1").collectAsList().toString())
        .isEqualTo("[[1,1], [2,1]]");
    assertThat(spark.sql("SELECT udf(a) AS k, count(udf(b)) FROM t GROUP BY k ORDER BY k").collectAsList().toString())
        .isEqualTo("[[1,1], [2,1]]");
  }

  @Test
  void anotherSessionDoesNotHaveIt() {
    assertThat(Ember.builder().create().sql("SHOW USER FUNCTIONS LIKE 'udf'").collectAsList()).isEqualTo(List.of());
  }
}
