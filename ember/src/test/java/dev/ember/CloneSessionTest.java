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
    spark.conf().set("spark.sql.caseSensitive", "true");
    spark.range(3).createOrReplaceTempView("cloned_view");
    org.apache.spark.sql.connect.SparkSession copy = spark.cloneSession();
    assertThat(copy.sessionId()).isNotEqualTo(spark.sessionId());
    assertThat(copy.conf().get("spark.sql.caseSensitive")).isEqualTo("true");
    assertThat(copy.table("cloned_view").count()).isEqualTo(3L);
    copy.conf().set("spark.sql.caseSensitive", "false");
    copy.range(5).createOrReplaceTempView("cloned_view");
    assertThat(spark.conf().get("spark.sql.caseSensitive")).isEqualTo("true");
    assertThat(spark.table("cloned_view").count()).isEqualTo(3L);
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
