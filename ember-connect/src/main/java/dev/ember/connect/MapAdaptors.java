package dev.ember.connect;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.Optional;
import org.apache.spark.api.java.function.MapFunction;

/**
 * The function of each row inside the client's {@code Dataset.map}: the client sends {@code map(f)} as
 * {@code mapPartitions} of Spark's adaptor ({@code UDFAdaptors.mapToMapPartitions(f)}, a serializable lambda
 * capturing {@code f}), which maps each row of a partition to one row with {@code f}; {@code f} is found again in the
 * lambda's serialized form.
 */
final class MapAdaptors {
  private static final String ADAPTORS = "org/apache/spark/sql/internal/UDFAdaptors$";
  private static final String MAP = "$anonfun$mapToMapPartitions$";

  private MapAdaptors() {
  }

  /**
   * The per-row function {@code partitionFunction} maps each row with, as a Scala function that fails as the
   * partition function {@code name} fails; empty unless it is Spark's map adaptor.
   */
  static Optional<scala.Function1<Object, Object>> eachRow(Object partitionFunction, String name) {
    Object captured = captured(partitionFunction);
    if (captured instanceof MapFunction<?, ?> java) {
      return Optional.of(new EachRow(name, java, null));
    }
    if (captured instanceof scala.Function1<?, ?> scala) {
      return Optional.of(new EachRow(name, null, scala));
    }
    return Optional.empty();
  }

  private static Object captured(Object function) {
    if (!(function instanceof Serializable) || !function.getClass().isSynthetic()) {
      return null;
    }
    try {
      Method writeReplace = function.getClass().getDeclaredMethod("writeReplace");
      writeReplace.setAccessible(true);
      if (!(writeReplace.invoke(function) instanceof SerializedLambda lambda) || !ADAPTORS.equals(lambda.getImplClass())
          || !lambda.getImplMethodName().startsWith(MAP) || lambda.getCapturedArgCount() != 1) {
        return null;
      }
      return lambda.getCapturedArg(0);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The row function; a failure is Spark's for the partition function, as the staged map reports it. */
  private static final class EachRow extends scala.runtime.AbstractFunction1<Object, Object> {
    private final String name;
    private final MapFunction<Object, Object> java;
    private final scala.Function1<Object, Object> scala;

    @SuppressWarnings("unchecked")
    EachRow(String name, MapFunction<?, ?> java, scala.Function1<?, ?> scala) {
      this.name = name;
      this.java = (MapFunction<Object, Object>) java;
      this.scala = (scala.Function1<Object, Object>) scala;
    }

    @Override
    public Object apply(Object row) {
      try {
        return java != null ? java.call(row) : scala.apply(row);
      } catch (Exception e) {
        throw UserCodeFailures.taskFailed(e);
      }
    }
  }
}
