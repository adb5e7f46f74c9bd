package dev.ember.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spark's answer when a probe value was set for a conf ({@code spark-confs.tsv}): accepted, or refused with
 * an error condition, SQLSTATE, message and parameters (the kind of exception Spark raised) — or, without a
 * condition, a plain Java exception.
 */
record ConfProbeAnswer(String value, String condition, String sqlState, String message, Map<String, String> parameters,
    String exception, ErrorKind kind) {
  private static final String CONF_VALUE = "confValue";
  private static final String CONF_NAME = "confName";

  static ConfProbeAnswer of(JsonNode answer) {
    Map<String, String> parameters = new LinkedHashMap<>();
    answer.path("parameters").fields().forEachRemaining(field -> parameters.put(field.getKey(), field.getValue().asText()));
    return new ConfProbeAnswer(answer.path("value").asText(), text(answer, "condition"), text(answer, "sqlState"),
        text(answer, "message"), Map.copyOf(parameters), text(answer, "exception"), kind(text(answer, "class")));
  }

  /** The kind of Spark's exception: ConfigBuilder's SparkIllegalArgumentException unless another is recorded. */
  private static ErrorKind kind(String exceptionClass) {
    for (ErrorKind kind : ErrorKind.values()) {
      if (kind.exceptionClass().equals(exceptionClass)) {
        return kind;
      }
    }
    return ErrorKind.ILLEGAL_ARGUMENT;
  }

  private static String text(JsonNode answer, String field) {
    return answer.hasNonNull(field) ? answer.get(field).asText() : null;
  }

  boolean accepted() {
    return condition == null && exception == null;
  }

  /** The value Spark's error names, or null when it names none. */
  String shownValue() {
    return parameters.get(CONF_VALUE);
  }

  /** Spark's error for another value: the same error with {@code shown} where the probe's value was. */
  EmberException refusal(String shown) {
    if (condition == null) {
      return EmberException.withoutErrorClass(ErrorKind.JAVA_ILLEGAL_ARGUMENT, message.replace(value, shown));
    }
    Map<String, String> renamed = new LinkedHashMap<>(parameters);
    String text = message;
    if (shownValue() != null) {
      renamed.put(CONF_VALUE, shown);
      text = text.replace("'" + shownValue() + "'", "'" + shown + "'");
    }
    return new EmberException(kind, condition, sqlState, text, renamed);
  }

  /** The same answer for another conf (an Ember conf of the same type), as Spark would give it. */
  ConfProbeAnswer forConf(String key) {
    String name = parameters.get(CONF_NAME);
    if (name == null) {
      return this;
    }
    Map<String, String> renamed = new LinkedHashMap<>(parameters);
    renamed.put(CONF_NAME, key);
    String text = message == null ? null : message.replace("\"" + name + "\"", "\"" + key + "\"");
    return new ConfProbeAnswer(value, condition, sqlState, text, Map.copyOf(renamed), exception, kind);
  }
}
