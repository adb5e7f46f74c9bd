package dev.ember.connect;

import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.RowValues;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;

/**
 * A Java bean of flat fields ({@code Encoders.bean}) built from a row's flat values as Spark's Arrow deserializer
 * builds it: the public no-argument constructor, then the setter of each field that has one, in the encoder's order,
 * with the value of the row's column of the field's name (a NULL for a primitive field fails as there, a
 * {@code NullPointerException} of the setter's handle).
 */
final class FlatBean {
  private final Class<?> type;
  private final MethodHandle constructor;
  private final MethodHandle[] setters;
  private final int[] columns;
  /** The constructor and setters compiled ({@link BeanAccessors}), or null: the handles serve. */
  private final java.util.function.Supplier<Object> create;
  private final java.util.function.BiConsumer<Object, Object>[] set;
  /** Which setters take a primitive (a NULL for one fails through its handle, as Spark's deserializer fails). */
  private final boolean[] primitive;
  /** Per setter, how a row's value reaches it from {@link RowValues}: {@code BOXED}, {@code LONG}, {@code INT}, ... */
  private final int[] kinds;
  /** The setters compiled to take a long, int or double ({@link BeanAccessors#primitiveSetters}), else null. */
  private final Object[] primitiveSet;
  private static final int BOXED = 0;
  private static final int LONG = 1;
  private static final int INT = 2;
  private static final int DOUBLE = 3;

  @SuppressWarnings("unchecked")
  private FlatBean(Class<?> type, MethodHandle constructor, MethodHandle[] setters, int[] columns,
      BeanAccessors compiled, boolean[] primitive) {
    this.type = type;
    this.constructor = constructor;
    this.setters = setters;
    this.columns = columns;
    this.create = compiled == null ? null : compiled.constructor();
    this.set = compiled == null ? null : compiled.setters().toArray(new java.util.function.BiConsumer[0]);
    this.primitive = primitive;
    this.primitiveSet = compiled == null ? new Object[setters.length] : compiled.primitiveSetters().toArray();
    this.kinds = new int[setters.length];
    for (int i = 0; i < kinds.length; i++) {
      Object setter = primitiveSet[i];
      kinds[i] = setter instanceof java.util.function.ObjLongConsumer<?> ? LONG
          : setter instanceof java.util.function.ObjIntConsumer<?> ? INT
          : setter instanceof java.util.function.ObjDoubleConsumer<?> ? DOUBLE : BOXED;
    }
  }

  /** How to build {@code encoder}'s beans from rows of {@code row}; empty unless it is a bean of flat fields. */
  static Optional<FlatBean> of(AgnosticEncoder<?> encoder, StructType row) {
    if (!(encoder instanceof AgnosticEncoders.JavaBeanEncoder<?> bean)) {
      return Optional.empty();
    }
    Class<?> type = bean.clsTag().runtimeClass();
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    List<MethodHandle> setters = new ArrayList<>();
    List<MethodHandle> exact = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    try {
      MethodHandle exactConstructor = lookup.findConstructor(type, MethodType.methodType(void.class));
      MethodHandle constructor = exactConstructor.asType(MethodType.methodType(Object.class));
      for (AgnosticEncoders.EncoderField field : scala.jdk.javaapi.CollectionConverters.asJava(bean.fields())) {
        if (field.writeMethod().isEmpty()) {
          continue;
        }
        int column = column(row, field.name());
        if (column < 0) {
          return Optional.empty();
        }
        StructField value = row.fields().get(column);
        if (!FlatValues.handles(field.enc(), value.dataType())) {
          return Optional.empty();
        }
        MethodHandle setter = lookup.findVirtual(type, field.writeMethod().get(), MethodType.methodType(void.class,
            field.enc().clsTag().runtimeClass()));
        exact.add(setter);
        setters.add(setter.asType(MethodType.methodType(void.class, Object.class, Object.class)));
        columns.add(column);
      }
      boolean[] primitive = new boolean[exact.size()];
      for (int i = 0; i < primitive.length; i++) {
        primitive[i] = exact.get(i).type().parameterType(1).isPrimitive();
      }
      return Optional.of(new FlatBean(type, constructor, setters.toArray(new MethodHandle[0]),
          columns.stream().mapToInt(Integer::intValue).toArray(),
          BeanAccessors.of(type, exactConstructor, exact), primitive));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The bean's class. */
  Class<?> type() {
    return type;
  }

  /** The one column of this name, or -1. */
  private static int column(StructType row, String name) {
    int found = -1;
    for (int i = 0; i < row.fields().size(); i++) {
      if (row.fields().get(i).name().equals(name)) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  /** The bean of one row's values. */
  Object build(Object[] values) throws Throwable {
    if (set != null && !nullPrimitive(values)) {
      Object bean = create.get();
      for (int i = 0; i < set.length; i++) {
        set[i].accept(bean, values[columns[i]]);
      }
      return bean;
    }
    Object bean = (Object) constructor.invokeExact();
    for (int i = 0; i < setters.length; i++) {
      setters[i].invokeExact(bean, values[columns[i]]);
    }
    return bean;
  }

  /**
   * The bean of {@code row}, read in place: a long, int or double field set from its column's primitive value, other
   * fields from their boxed values; a row with a NULL for a primitive field is built (and fails) as {@link #build}.
   */
  @SuppressWarnings("unchecked")
  Object build(RowValues row) throws Throwable {
    if (set == null || nullPrimitive(row)) {
      return build(boxed(row));
    }
    Object bean = create.get();
    for (int i = 0; i < kinds.length; i++) {
      int column = columns[i];
      switch (kinds[i]) {
        case LONG -> ((java.util.function.ObjLongConsumer<Object>) primitiveSet[i]).accept(bean, row.getLong(column));
        case INT -> ((java.util.function.ObjIntConsumer<Object>) primitiveSet[i]).accept(bean, row.getInt(column));
        case DOUBLE -> ((java.util.function.ObjDoubleConsumer<Object>) primitiveSet[i]).accept(bean,
            row.getDouble(column));
        default -> set[i].accept(bean, row.get(column));
      }
    }
    return bean;
  }

  private boolean nullPrimitive(RowValues row) {
    for (int i = 0; i < primitive.length; i++) {
      if (primitive[i] && row.isNull(columns[i])) {
        return true;
      }
    }
    return false;
  }

  /** The row's values the bean reads, boxed, at their columns' positions. */
  private Object[] boxed(RowValues row) {
    int width = 0;
    for (int column : columns) {
      width = Math.max(width, column + 1);
    }
    Object[] values = new Object[width];
    for (int column : columns) {
      values[column] = row.get(column);
    }
    return values;
  }

  private boolean nullPrimitive(Object[] values) {
    for (int i = 0; i < primitive.length; i++) {
      if (primitive[i] && values[columns[i]] == null) {
        return true;
      }
    }
    return false;
  }
}
