package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.RowFunction;
import dev.ember.plan.usercode.ScalarUserFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A static method {@code reflect} calls, as a function the engine calls inside its SQL on each row: the arguments are
 * passed as they come (NULL as null), the result is {@code String.valueOf} what the method returns ("null" for a
 * null), as Spark's CallMethodViaReflection. Not deterministic, as in Spark. A method that throws fails the query with
 * the exception Spark's task fails with, or gives NULL when {@code failOnError} is off ({@code try_reflect}).
 */
final class ReflectedMethod implements RowFunction {
  private final Method method;
  private final List<DataType> parameterTypes;
  private final boolean failOnError;
  private final ClassLoader classLoader;
  private final String name;

  ReflectedMethod(Method method, List<DataType> parameterTypes, boolean failOnError, ClassLoader classLoader) {
    this.method = method;
    this.parameterTypes = List.copyOf(parameterTypes);
    this.failOnError = failOnError;
    this.classLoader = classLoader;
    // one DuckDB function per method, argument types, failure mode and loader (the engine registers each once)
    String identity = method.toGenericString() + "|" + parameterTypes + "|" + failOnError + "|"
        + System.identityHashCode(method.getDeclaringClass().getClassLoader());
    this.name = "ember_reflect_" + UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString()
        .replace("-", "");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<DataType> parameterTypes() {
    return parameterTypes;
  }

  @Override
  public DataType returnType() {
    return AtomicType.STRING;
  }

  @Override
  public boolean deterministic() {
    return false;
  }

  @Override
  public ClassLoader classLoader() {
    return classLoader;
  }

  @Override
  public Instance newInstance() {
    return arguments -> {
      try {
        return String.valueOf(method.invoke(null, arguments.clone()));
      } catch (InvocationTargetException | IllegalAccessException | IllegalArgumentException e) {
        if (!failOnError) {
          return null;
        }
        Throwable cause = e instanceof InvocationTargetException target && target.getCause() != null
            ? target.getCause() : e;
        // the task's failure as Spark reports it: the reflection exception, no error class
        throw EmberException.withoutErrorClass(ErrorKind.JAVA_RUNTIME, e.getClass().getName()
            + (cause != e ? ": " + cause : ": " + e.getMessage()));
      }
    };
  }

  /** The call as the user function whose result it computes (inside the SQL only: it has no staged form). */
  ScalarUserFunction asUserFunction() {
    return new ScalarUserFunction() {
      @Override
      public String name() {
        return "reflect";
      }

      @Override
      public DataType returnType() {
        return AtomicType.STRING;
      }

      @Override
      public boolean nullable() {
        return true;
      }

      @Override
      public boolean deterministic() {
        return false;
      }

      @Override
      public List<DataType> inputTypes() {
        return parameterTypes;
      }

      @Override
      public boolean takesWholeRow() {
        return false;
      }

      @Override
      public java.util.Optional<RowFunction> rowFunction(StructType arguments, UserCodeContext context) {
        return java.util.Optional.of(ReflectedMethod.this);
      }

      @Override
      public byte[] evaluate(byte[] arguments, StructType argumentSchema, UserCodeContext context) {
        throw SparkErrors.internal("reflect runs inside the SQL, never as a stage.");
      }
    };
  }
}
