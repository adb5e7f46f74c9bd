package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.UserFunctionResult;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Spark's {@code reflect}, {@code java_method} and {@code try_reflect} (CallMethodViaReflection): a public static
 * method, named by constant class and method names and found by the types of the other arguments, called for each
 * row on the JVM as the engine calls a UDF inside its SQL ({@link ReflectedMethod}); the result is the text of what
 * it returns. A method that throws fails the query, or gives NULL under {@code try_reflect}.
 */
final class ReflectionFunctions {
  /** The Java classes a Spark type's values may be passed as (Spark's CallMethodViaReflection.typeMapping). */
  private static final Map<DataType, List<Class<?>>> TYPE_MAPPING = Map.of(
      AtomicType.BOOLEAN, List.of(Boolean.class, boolean.class), AtomicType.BYTE, List.of(Byte.class, byte.class),
      AtomicType.SHORT, List.of(Short.class, short.class), AtomicType.INTEGER, List.of(Integer.class, int.class),
      AtomicType.LONG, List.of(Long.class, long.class), AtomicType.FLOAT, List.of(Float.class, float.class),
      AtomicType.DOUBLE, List.of(Double.class, double.class), AtomicType.STRING, List.of(String.class));
  private static final String REQUIRED_TYPES =
      "(\"BOOLEAN\" or \"TINYINT\" or \"SMALLINT\" or \"INT\" or \"BIGINT\" or \"FLOAT\" or \"DOUBLE\" or \"STRING\")";
  /** Each call's own result column (only a staged call reads it; a reflected call never is). */
  private static final AtomicLong RESULT_IDS = new AtomicLong(Long.MIN_VALUE / 2);

  private ReflectionFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(definition("reflect", true), definition("java_method", true), definition("try_reflect", false));
  }

  private static FunctionDefinition definition(String name, boolean failOnError) {
    // Spark counts the arguments itself, naming the function reflect under try_reflect as well
    return new FunctionDefinition(name, 0, FunctionDefinition.VARIADIC, false,
        (pretty, arguments, sql) -> bind(name.equals("try_reflect") ? "reflect" : name, pretty, arguments, sql,
            failOnError),
        FunctionDefinition.prefix(name));
  }

  private static BoundExpression bind(String shownName, String pretty, List<BoundExpression> arguments,
      List<String> sql, boolean failOnError) {
    if (arguments.size() < 2) {
      throw SparkErrors.wrongNumArgs(SparkErrors.toSqlId(shownName), "> 1", arguments.size());
    }
    String sqlExpr = pretty.startsWith("try_reflect(") ? "reflect(" + pretty.substring("try_reflect(".length())
        : pretty;
    String className = constantName(sqlExpr, "class", arguments.get(0), sql.get(0));
    String methodName = constantName(sqlExpr, "method", arguments.get(1), sql.get(1));
    List<BoundExpression> javaArguments = arguments.subList(2, arguments.size());
    for (int i = 0; i < javaArguments.size(); i++) {
      DataType type = javaArguments.get(i).dataType();
      if (!TYPE_MAPPING.containsKey(type)) {
        throw InputChecks.unexpectedType(sqlExpr, i + 2, sql.get(i + 2), type, REQUIRED_TYPES);
      }
    }
    ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
        .orElse(ReflectionFunctions.class.getClassLoader());
    Class<?> owner;
    try {
      owner = Class.forName(className, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw SparkErrors.dataTypeMismatch("UNEXPECTED_CLASS_TYPE", "\"" + sqlExpr + "\"",
          "class " + className + " not found.", Map.of("className", className));
    }
    List<DataType> types = javaArguments.stream().map(BoundExpression::dataType).toList();
    Method method = findMethod(owner, methodName, types).orElseThrow(() -> SparkErrors.dataTypeMismatch(
        "UNEXPECTED_STATIC_METHOD", "\"" + sqlExpr + "\"", "cannot find a static method " + methodName
            + " that matches the argument types in " + className + ".",
        Map.of("methodName", methodName, "className", className)));
    ReflectedMethod reflected = new ReflectedMethod(method, types, failOnError, loader);
    Attribute result = new Attribute(RESULT_IDS.incrementAndGet(), "reflect", AtomicType.STRING, true, List.of());
    return new UserFunctionResult(reflected.asUserFunction(), javaArguments, result, false, Optional.of(reflected));
  }

  /** The class or method name: a constant, not NULL, string. */
  private static String constantName(String sqlExpr, String inputName, BoundExpression argument, String sql) {
    Optional<Object> value = argument.dataType() == AtomicType.STRING ? ConstantArguments.value(argument)
        : Optional.empty();
    if (value.isEmpty()) {
      throw ConstantArguments.nonFoldable(sqlExpr, inputName, AtomicType.STRING, sql);
    }
    if (value.get() == ConstantArguments.NULL) {
      throw ConstantArguments.unexpectedNull(sqlExpr, SparkErrors.toSqlId(inputName));
    }
    return value.get().toString();
  }

  /** The first public static method of that name whose parameters take values of {@code types} (Spark's findMethod). */
  private static Optional<Method> findMethod(Class<?> owner, String name, List<DataType> types) {
    for (Method method : owner.getMethods()) {
      if (!method.getName().equals(name) || !Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() != types.size()) {
        continue;
      }
      Class<?>[] parameters = method.getParameterTypes();
      boolean matches = true;
      for (int i = 0; i < parameters.length && matches; i++) {
        Class<?> parameter = parameters[i];
        matches = TYPE_MAPPING.get(types.get(i)).stream().anyMatch(parameter::isAssignableFrom);
      }
      if (matches) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }
}
