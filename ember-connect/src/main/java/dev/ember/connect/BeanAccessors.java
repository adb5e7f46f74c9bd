package dev.ember.connect;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * A bean class's constructor and setters as compiled functions (the classes {@code Item::new} and
 * {@code Item::setId} would compile to, made by {@link LambdaMetafactory} in the bean's own class context) rather
 * than method handles held in fields, which the JIT calls through their lambda forms without inlining: a bean built
 * per row costs a third of what it costs through the handles. A setter of a primitive unboxes its argument; a setter
 * of a {@code long}, {@code int} or {@code double} is also compiled to take the primitive ({@code primitiveSetters}:
 * an {@link ObjLongConsumer}, {@link ObjIntConsumer} or {@link ObjDoubleConsumer}, null for a setter of another type),
 * so that a value read as a primitive reaches it unboxed.
 */
record BeanAccessors(Supplier<Object> constructor, List<BiConsumer<Object, Object>> setters,
    List<Object> primitiveSetters) {
  /** The accessors of {@code type}'s constructor and {@code setters}; null when they cannot be made here. */
  static BeanAccessors of(Class<?> type, MethodHandle constructor,
      List<MethodHandle> setters) {
    try {
      MethodHandles.Lookup inBean = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      Supplier<Object> create = supplier(inBean, constructor, type);
      List<BiConsumer<Object, Object>> set = new java.util.ArrayList<>();
      List<Object> primitive = new java.util.ArrayList<>();
      for (MethodHandle setter : setters) {
        set.add(setter(inBean, setter, type));
        primitive.add(primitiveSetter(inBean, setter, type));
      }
      return new BeanAccessors(create, List.copyOf(set), java.util.Collections.unmodifiableList(primitive));
    } catch (Throwable e) {
      // (a bean of a module that is not open, a class loader the lambda's class cannot see: the handles serve)
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Supplier<Object> supplier(MethodHandles.Lookup inBean, MethodHandle constructor, Class<?> type)
      throws Throwable {
    CallSite site = LambdaMetafactory.metafactory(inBean, "get", MethodType.methodType(Supplier.class),
        MethodType.methodType(Object.class), constructor, MethodType.methodType(type));
    return (Supplier<Object>) site.getTarget().invokeExact();
  }

  @SuppressWarnings("unchecked")
  private static BiConsumer<Object, Object> setter(MethodHandles.Lookup inBean, MethodHandle setter, Class<?> type)
      throws Throwable {
    Class<?> value = MethodType.methodType(setter.type().parameterType(1)).wrap().returnType();
    CallSite site = LambdaMetafactory.metafactory(inBean, "accept", MethodType.methodType(BiConsumer.class),
        MethodType.methodType(void.class, Object.class, Object.class), setter,
        MethodType.methodType(void.class, type, value));
    return (BiConsumer<Object, Object>) site.getTarget().invokeExact();
  }

  /** {@code setter} as an {@link ObjLongConsumer}, {@link ObjIntConsumer} or {@link ObjDoubleConsumer}; else null. */
  private static Object primitiveSetter(MethodHandles.Lookup inBean, MethodHandle setter, Class<?> type)
      throws Throwable {
    Class<?> value = setter.type().parameterType(1);
    Class<?> functional = value == long.class ? ObjLongConsumer.class : value == int.class ? ObjIntConsumer.class
        : value == double.class ? ObjDoubleConsumer.class : null;
    if (functional == null) {
      return null;
    }
    CallSite site = LambdaMetafactory.metafactory(inBean, "accept", MethodType.methodType(functional),
        MethodType.methodType(void.class, Object.class, value), setter, MethodType.methodType(void.class, type, value));
    return site.getTarget().invoke();
  }
}
