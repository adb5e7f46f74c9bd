package dev.ember.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ember's own confs, checked as Spark checks a conf of their type; other {@code spark.ember.*} keys refused.
 * (Spark's own confs are checked against Spark's answers in the conf_validation conformance group.)
 */
class ConfChecksTest {
  @Test
  void anEmberBooleanIsCheckedAsSparksBooleans() {
    assertThatThrownBy(() -> new SessionConf().set(SessionConf.ARROW_EXPORT, "maybe"))
        .isInstanceOfSatisfying(EmberException.class, error -> {
          assertThat(error.errorClass()).isEqualTo("INVALID_CONF_VALUE.TYPE_MISMATCH");
          assertThat(error.messageParameters()).isEqualTo(Map.of("confName", SessionConf.ARROW_EXPORT,
              "confValue", "maybe", "confType", "boolean"));
          assertThat(error.getMessage()).contains("'maybe'").contains("\"" + SessionConf.ARROW_EXPORT + "\"");
        });
    SessionConf conf = new SessionConf();
    conf.set(SessionConf.ARROW_EXPORT, " FALSE ");
    assertThat(conf.arrowExport()).isFalse();
  }

  @Test
  void anEmberSizeIsCheckedAsSparksSizesWithoutTheirRequirements() {
    assertThatThrownBy(() -> ConfChecks.check(SessionConf.LOCAL_RELATION_TABLE_THRESHOLD, "big"))
        .isInstanceOfSatisfying(EmberException.class, error -> assertThat(error.messageParameters())
            .containsEntry("confType", "bytes in BYTE").containsEntry("confName", SessionConf.LOCAL_RELATION_TABLE_THRESHOLD));
    assertThatNoException().isThrownBy(() -> ConfChecks.check(SessionConf.LOCAL_RELATION_TABLE_THRESHOLD, "0"));
    assertThatNoException().isThrownBy(() -> ConfChecks.check(SessionConf.LOCAL_RELATION_TABLE_THRESHOLD, "64k"));
  }

  @Test
  void duckDbSettingsAreLeftToDuckDb() {
    assertThatNoException().isThrownBy(() -> ConfChecks.check(DuckDbSettings.MEMORY_LIMIT, "anything"));
  }

  @Test
  void anUnknownEmberKeyIsRefused() {
    SessionConf conf = new SessionConf();
    assertThatThrownBy(() -> conf.set("spark.ember.result.arrowExports", "true"))
        .isInstanceOfSatisfying(EmberException.class, error -> {
          assertThat(error.kind()).isEqualTo(ErrorKind.SPARK_NO_SUCH_ELEMENT);
          assertThat(error.errorClass()).isEqualTo("SQL_CONF_NOT_FOUND");
          assertThat(error.messageParameters()).isEqualTo(Map.of("sqlConf", "\"spark.ember.result.arrowExports\""));
        });
    assertThat(conf.get("spark.ember.result.arrowExports")).isEmpty();
  }

  @Test
  void keysSparkDoesNotKnowAreAccepted() {
    SessionConf conf = new SessionConf();
    conf.set("my.own.key", "whatever");
    assertThat(conf.get("my.own.key")).contains("whatever");
  }
}
