package dev.ember.plan.logical;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * The component values of a plan or expression record, for the walks that look at every part of every node. The
 * accessors are looked up once per record class: {@code Class.getRecordComponents()} builds new component objects
 * (and their generic signatures) on each call, which per node and per query was most of such a walk.
 */
public final class RecordValues {
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

  private RecordValues() {
  }

  private static Object value(Record record, RecordComponent component) {
    Method accessor = component.getAccessor();
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component + " of " + record.getClass(), e);
    }
  }

  /** The values of {@code record}'s components, in declaration order. */
  public static Object[] of(Record record) {
    RecordComponent[] components = COMPONENTS.get(record.getClass());
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = value(record, components[i]);
    }
    return values;
  }
}
