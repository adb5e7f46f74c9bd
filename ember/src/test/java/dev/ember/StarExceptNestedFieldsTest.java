package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code * EXCEPT} of nested struct fields, and a struct's star with EXCEPT, as Spark expands them. */
class StarExceptNestedFieldsTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = Ember.builder().create();
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW nested AS SELECT * FROM VALUES "
        + "(1, named_struct('f1', 1, 's2', named_struct('f2', 2, 'f3', 'x'))) AS nested(id, data)");
  }

  @AfterAll
  static void stop() throws Exception {
    spark.close();
  }

  @Test
  void aNestedFieldLeavesItsStruct() {
    assertThat(spark.sql("SELECT * EXCEPT (data.s2.f2) FROM nested").schema().simpleString())
        .isEqualTo("struct<id:int,data:struct<f1:int,s2:struct<f3:string>>>");
    assertThat(spark.sql("SELECT * EXCEPT (data.s2) FROM nested").collectAsList().get(0).getStruct(1).getInt(0))
        .isEqualTo(1);
  }

  @Test
  void aStructsStarLeavesOutItsFields() {
    assertThat(spark.sql("SELECT data.* EXCEPT (s2.f2) FROM nested").schema().simpleString())
        .isEqualTo("struct<f1:int,s2:struct<f3:string>>");
  }

  @Test
  void overlappingNamesAreSparksError() {
    assertThatThrownBy(() -> spark.sql("SELECT * EXCEPT (data.s2, data.s2.f2) FROM nested").collect())
        .isInstanceOfSatisfying(AnalysisException.class,
            error -> assertThat(error.getCondition()).isEqualTo("EXCEPT_OVERLAPPING_COLUMNS"));
  }
}
