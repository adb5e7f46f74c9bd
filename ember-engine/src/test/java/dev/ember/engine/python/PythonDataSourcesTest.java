package dev.ember.engine.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ember.plan.errors.EmberException;
import org.junit.jupiter.api.Test;

class PythonDataSourcesTest {
  private static PythonDataSource source(String name, byte command) {
    return new PythonDataSource(name, "python3", "3.11", new byte[] {command});
  }

  @Test
  void namesAreCaseInsensitiveAndAReRegistrationReplaces() {
    PythonDataSources sources = new PythonDataSources();
    sources.register(source("MySource", (byte) 1));
    assertEquals(1, sources.lookup("mysource").orElseThrow().command()[0]);
    assertEquals(1, sources.lookup("MYSOURCE").orElseThrow().command()[0]);
    sources.register(source("mysource", (byte) 2));
    assertEquals(2, sources.lookup("MySource").orElseThrow().command()[0]);
    assertTrue(sources.lookup("other").isEmpty());
  }

  @Test
  void aCloneStartsWithTheSourcesButKeepsItsOwn() {
    PythonDataSources original = new PythonDataSources();
    original.register(source("a", (byte) 1));
    PythonDataSources clone = new PythonDataSources();
    clone.copyFrom(original);
    clone.register(source("b", (byte) 2));
    assertTrue(clone.lookup("a").isPresent());
    assertTrue(original.lookup("b").isEmpty());
  }

  @Test
  void aPlanningStepsPythonExceptionIsSparksPythonDataSourceError() {
    EmberException error = PythonDataSourcePlanner.failed("create", "instance", "Traceback ...\nKeyError: 'x'\n");
    assertEquals("PYTHON_DATA_SOURCE_ERROR", error.errorClass());
    assertEquals("[PYTHON_DATA_SOURCE_ERROR] Failed to create Python data source instance: Traceback ...\n"
        + "KeyError: 'x' SQLSTATE: 38000", error.getMessage());
    assertEquals("instance", error.messageParameters().get("type"));
  }
}
