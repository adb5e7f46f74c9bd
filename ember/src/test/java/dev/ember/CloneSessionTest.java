package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** {@code cloneSession}: a new session with its source's settings and temporary views, as Spark Connect's. */
class CloneSessionTest {
  private final org.apache.spark.sql.connect.SparkSession spark =
      (org.apache.spark.sql.connect.SparkSession) (SparkSession) Ember.session();

  @Test
  void copiesSettingsAndTemporaryViewsIntoAnIndependentSession() {
    // Ember.session() is shared by the tests of this JVM: what this test sets, it takes back
    spark.conf().set("spark.sql.shuffle.partitions", "7");
    spark.range(3).createOrReplaceTempView("cloned_view");
    try {
      org.apache.spark.sql.connect.SparkSession copy = spark.cloneSession();
      assertThat(copy.sessionId()).isNotEqualTo(spark.sessionId());
      assertThat(copy.conf().get("spark.sql.shuffle.partitions")).isEqualTo("7");
      assertThat(copy.table("cloned_view").count()).isEqualTo(3L);
      copy.conf().set("spark.sql.shuffle.partitions", "9");
      copy.range(5).createOrReplaceTempView("cloned_view");
      assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("7");
      assertThat(spark.table("cloned_view").count()).isEqualTo(3L);
    } finally {
      spark.conf().unset("spark.sql.shuffle.partitions");
      spark.catalog().dropTempView("cloned_view");
    }
  }

  @Test
  void takesTheGivenSessionIdOnce() {
    String id = UUID.randomUUID().toString();
    assertThat(spark.cloneSession(id).sessionId()).isEqualTo(id);
    assertThatThrownBy(() -> spark.cloneSession(id))
        .hasMessageContaining("INVALID_CLONE_SESSION_REQUEST.TARGET_SESSION_ID_ALREADY_EXISTS");
  }

  @Test
  void refusesASessionIdThatIsNotAUuid() {
    assertThatThrownBy(() -> spark.cloneSession("not-a-uuid"))
        .hasMessageContaining("INVALID_CLONE_SESSION_REQUEST.TARGET_SESSION_ID_FORMAT");
  }
}
