package dev.ember.sqlgen;

import dev.ember.plan.logical.RecordValues;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.LambdaParameter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A text that is equal for two resolved subplans exactly when they compute the same rows: every
 * component of every node and expression, with column and lambda ids renumbered by first appearance
 * (the analyzer gives each use of the same Dataset fresh ids) and qualifiers left out (they only name
 * columns, they compute nothing).
 */
final class PlanFingerprint {
  /** A short number per class, in place of its name (a component's place in its record stands for its name). */
  private static final java.util.concurrent.atomic.AtomicInteger CLASSES = new java.util.concurrent.atomic.AtomicInteger();
  private static final ClassValue<String> CLASS_IDS = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      return "@" + CLASSES.incrementAndGet();
    }
  };

  private final Map<Long, Integer> ids = new HashMap<>();
  private final StringBuilder text = new StringBuilder();

  private PlanFingerprint() {
  }

  static String of(Object plan) {
    PlanFingerprint fingerprint = new PlanFingerprint();
    fingerprint.append(plan);
    return fingerprint.text.toString();
  }

  /**
   * Whether the subplan of {@code fingerprint} reads a row of an enclosing query (a correlated subquery, a LATERAL
   * side): it is computed where that row is in scope, never apart. (A string value holding the marker only costs a
   * sharing.)
   */
  static boolean readsOuterRow(String fingerprint) {
    return fingerprint.contains(CLASS_IDS.get(dev.ember.plan.resolved.OuterReference.class) + "(");
  }

  private void append(Object value) {
    if (value == null) {
      text.append("null");
    } else if (value instanceof Attribute attribute) {
      text.append("Attribute(#").append(canonicalId(attribute.id())).append(',');
      append(attribute.name());
      text.append(',');
      append(attribute.dataType());
      text.append(',').append(attribute.nullable()).append(')');
    } else if (value instanceof LambdaParameter parameter) {
      text.append("LambdaParameter(#").append(canonicalId(parameter.id())).append(',');
      append(parameter.name());
      text.append(',');
      append(parameter.dataType());
      text.append(',').append(parameter.nullable()).append(')');
    } else if (value instanceof Record record) {
      appendRecord(record);
    } else if (value instanceof Collection<?> collection) {
      appendAll(collection);
    } else if (value instanceof Object[] array) {
      appendAll(Arrays.asList(array));
    } else if (value instanceof Optional<?> optional) {
      text.append("Optional(");
      append(optional.orElse(null));
      text.append(')');
    } else if (value instanceof Map<?, ?> map) {
      text.append('{');
      map.forEach((key, element) -> {
        append(key);
        text.append('=');
        append(element);
        text.append(',');
      });
      text.append('}');
    } else if (value instanceof byte[] bytes) {
      text.append(Arrays.toString(bytes));
    } else if (value instanceof CharSequence string) {
      text.append('"');
      for (int i = 0; i < string.length(); i++) {
        char c = string.charAt(i);
        if (c == '"' || c == '\\') {
          text.append('\\');
        }
        text.append(c);
      }
      text.append('"');
    } else {
      text.append(CLASS_IDS.get(value.getClass())).append(':').append(value);
    }
  }

  private void appendRecord(Record record) {
    text.append(CLASS_IDS.get(record.getClass())).append('(');
    for (Object value : RecordValues.of(record)) {
      append(value);
      text.append(';');
    }
    text.append(')');
  }

  private void appendAll(Iterable<?> elements) {
    text.append('[');
    for (Object element : elements) {
      append(element);
      text.append(',');
    }
    text.append(']');
  }

  private int canonicalId(long id) {
    return ids.computeIfAbsent(id, unused -> ids.size());
  }
}
