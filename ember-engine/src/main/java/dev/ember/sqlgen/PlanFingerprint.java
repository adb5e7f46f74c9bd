package dev.ember.sqlgen;

import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.LambdaParameter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
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
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      for (RecordComponent component : components) {
        component.getAccessor().setAccessible(true);
      }
      return components;
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
      appendAll("[", collection.toArray(), "]");
    } else if (value instanceof Object[] array) {
      appendAll("[", array, "]");
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
      text.append('"').append(string.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    } else {
      text.append(value.getClass().getName()).append(':').append(value);
    }
  }

  private void appendRecord(Record record) {
    text.append(record.getClass().getName()).append('(');
    for (RecordComponent component : COMPONENTS.get(record.getClass())) {
      text.append(component.getName()).append('=');
      append(componentValue(record, component));
      text.append(';');
    }
    text.append(')');
  }

  private void appendAll(String open, Object[] elements, String close) {
    text.append(open);
    for (Object element : elements) {
      append(element);
      text.append(',');
    }
    text.append(close);
  }

  private static Object componentValue(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component + " of " + record.getClass(), e);
    }
  }

  private int canonicalId(long id) {
    return ids.computeIfAbsent(id, unused -> ids.size());
  }
}
