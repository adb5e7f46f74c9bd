package dev.ember.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spark.ember.duckdb.memoryLimit / tempDirectory reach DuckDB's memory_limit / temp_directory. */
class DuckDbSettingsTest {
  private static final StructType TWO_STRINGS = new StructType(List.of(
      new StructField("memory_limit", AtomicType.STRING, true), new StructField("temp_directory", AtomicType.STRING, true)));
  private static final String SETTINGS = "SELECT current_setting('memory_limit'), current_setting('temp_directory')";

  private static Object[] settings(EngineSession session) {
    return session.execute("op", dev.ember.engine.QueryText.of(SETTINGS), TWO_STRINGS).rows().get(0);
  }

  @Test
  void aSessionConfSetsTheEnginesMemoryLimitAndTempDirectory(@TempDir Path spill) {
    try (EmberEngine engine = EmberEngine.start()) {
      EngineSession session = engine.session("a");
      session.setConf(DuckDbSettings.MEMORY_LIMIT, "1GiB");
      session.setConf(DuckDbSettings.TEMP_DIRECTORY, spill.toString());
      assertThat(settings(session)).containsExactly("1.0 GiB", spill.toString());
      assertThat(session.conf().get(DuckDbSettings.MEMORY_LIMIT)).contains("1GiB");
      assertThat(settings(engine.session("b"))[0]).as("engine-wide").isEqualTo("1.0 GiB");
      session.unsetConf(DuckDbSettings.MEMORY_LIMIT);
      assertThat(settings(session)[0]).isNotEqualTo("1.0 GiB");
    }
  }

  @Test
  void theEngineStartsWithTheSettings(@TempDir Path spill) {
    try (EmberEngine engine = EmberEngine.start(Map.of(DuckDbSettings.MEMORY_LIMIT, "512MiB",
        DuckDbSettings.TEMP_DIRECTORY, spill.toString(), "spark.sql.shuffle.partitions", "4"))) {
      assertThat(settings(engine.session("a"))).containsExactly("512.0 MiB", spill.toString());
    }
  }

  @Test
  void anInvalidValueIsSparksInvalidConfValue() {
    try (EmberEngine engine = EmberEngine.start()) {
      assertThatThrownBy(() -> engine.session("a").setConf(DuckDbSettings.MEMORY_LIMIT, "lots"))
          .isInstanceOfSatisfying(EmberException.class, error -> assertThat(error.errorClass()).isEqualTo("INVALID_CONF_VALUE.REQUIREMENT"));
      assertThat(engine.session("a").conf().get(DuckDbSettings.MEMORY_LIMIT)).isEmpty();
    }
  }

  @Test
  void theThreadsSettingReachesDuckDb() {
    StructType oneString = new StructType(List.of(new StructField("threads", AtomicType.STRING, true)));
    try (EmberEngine engine = EmberEngine.start(Map.of(DuckDbSettings.THREADS, "1"))) {
      assertThat(engine.session("a").execute("op", QueryText.of("SELECT CAST(current_setting('threads') AS VARCHAR)"),
          oneString).rows().get(0)).containsExactly("1");
    }
  }

  @Test
  void aServersFixedSettingsAreRefusedToEverySessionAsStaticConfs(@TempDir Path spill) {
    try (EmberEngine engine = EmberEngine.start(Map.of(DuckDbSettings.MEMORY_LIMIT, "512MiB",
        DuckDbSettings.TEMP_DIRECTORY, spill.toString()))) {
      EngineSession early = engine.session("early");
      engine.fixEngineSettings();
      for (EngineSession session : List.of(early, engine.session("late"))) {
        for (String key : List.of(DuckDbSettings.MEMORY_LIMIT, DuckDbSettings.TEMP_DIRECTORY, DuckDbSettings.THREADS)) {
          assertThatThrownBy(() -> session.setConf(key, "1"))
              .isInstanceOfSatisfying(EmberException.class, error -> {
                assertThat(error.errorClass()).isEqualTo("CANNOT_MODIFY_STATIC_CONFIG");
                assertThat(error.sqlState()).isEqualTo("46110");
                assertThat(error.getMessage()).isEqualTo("[CANNOT_MODIFY_STATIC_CONFIG] Cannot modify the value of "
                    + "the static Spark config: \"" + key + "\". SQLSTATE: 46110");
              });
          assertThatThrownBy(() -> session.unsetConf(key)).isInstanceOf(EmberException.class);
        }
        assertThat(settings(session)).containsExactly("512.0 MiB", spill.toString());
      }
    }
  }

  @Test
  void aServersDefaultMemoryLimitLeavesRoomForTheHeap() {
    long gb = 1_000_000_000L;
    assertThat(DuckDbSettings.serverMemoryLimit(16 * gb, 4 * gb)).isEqualTo("8000MB");
    assertThat(DuckDbSettings.serverMemoryLimit(16 * gb, 12 * gb)).isEqualTo("2400MB");
    assertThat(DuckDbSettings.serverMemoryLimit(2 * gb, 4 * gb)).isEqualTo("256MB");
    Map<String, String> defaults = DuckDbSettings.withServerDefaults(Map.of());
    assertThat(defaults.get(DuckDbSettings.MEMORY_LIMIT)).endsWith("MB");
    assertThat(defaults.get(DuckDbSettings.TEMP_DIRECTORY)).contains("ember-spill-");
    assertThat(DuckDbSettings.withServerDefaults(Map.of(DuckDbSettings.MEMORY_LIMIT, "2GB")))
        .containsEntry(DuckDbSettings.MEMORY_LIMIT, "2GB");
  }
}
