package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** reflect calls a static method on each row; a method that throws fails reflect's query and gives try_reflect NULL. */
class ReflectTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = Ember.builder().create();
  }

  @AfterAll
  static void stop() throws Exception {
    spark.close();
  }

  @Test
  void callsTheMethodOnEachRow() {
    Row row = spark.sql("SELECT count(DISTINCT reflect('java.util.UUID', 'randomUUID')),"
        + " max(java_method('java.lang.Math', 'abs', -id)) FROM range(5)").first();
    assertThat(row.getLong(0)).isEqualTo(5);
    assertThat(row.getString(1)).isEqualTo("4");
  }

  @Test
  void aThrowingMethodFailsReflectAndGivesTryReflectNull() {
    assertThat(spark.sql("SELECT try_reflect('java.util.UUID', 'fromString', 'b')").first().isNullAt(0)).isTrue();
    assertThatThrownBy(() -> spark.sql("SELECT reflect('java.util.UUID', 'fromString', 'b')").collect())
        .hasMessageContaining("java.lang.reflect.InvocationTargetException")
        .hasMessageContaining("Invalid UUID string: b");
  }
}
