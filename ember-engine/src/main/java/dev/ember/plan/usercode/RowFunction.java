package dev.ember.plan.usercode;

import dev.ember.plan.types.DataType;
import java.util.List;

/**
 * A user-defined function of flat values that the engine calls inside its SQL, row by row on its own threads, rather
 * than as a stage: its arguments and result are of atomic types (boolean, the integers, float, double, string) that
 * reach it as their boxed Java values ({@code null} for NULL), which is how Spark's encoders hand such values to user
 * code. The calls running at once each use an {@link Instance} of their own, as each of Spark's tasks reads the
 * function anew; an instance serves one call after another.
 */
public interface RowFunction {
  /** The engine's name for the function: one per function, argument types and class loader. */
  String name();

  List<DataType> parameterTypes();

  DataType returnType();

  boolean deterministic();

  /** The class loader the function's classes come from (the thread's context class loader while it runs). */
  ClassLoader classLoader();

  /** A new instance of the function, used by one call at a time. */
  Instance newInstance();

  /** What an instance of a function that {@linkplain #dropsRows drops rows} returns for a row it drops. */
  Object DROPPED = new Object() {
    @Override
    public String toString() {
      return "DROPPED";
    }
  };

  /**
   * Whether the function is a typed filter and a map in one ({@link Fusion#FILTER_THEN_MAP},
   * {@link Fusion#MAP_THEN_FILTER}): it returns {@link #DROPPED} for a row the filter drops, the map's result otherwise.
   */
  default boolean dropsRows() {
    return false;
  }

  /**
   * This function and {@code next} after it as one function, whose calls read each row once (a bean built once and
   * handed to both, as Spark's optimizer has a typed filter and the typed operation after it share the deserialized
   * object): empty when they cannot be.
   */
  default java.util.Optional<RowFunction> fuse(Fusion fusion, RowFunction next) {
    return java.util.Optional.empty();
  }

  /** How two typed operations over one input, each a function of the row, combine. */
  enum Fusion {
    /** Two filters over the same arguments: the second's function only for rows the first keeps (a BOOLEAN). */
    FILTER_THEN_FILTER,
    /** A filter, then a map over the same arguments: the map's result, or {@link #DROPPED}. */
    FILTER_THEN_MAP,
    /** A map, then a map of its one result: the second's result. */
    MAP_THEN_MAP,
    /** A map, then a filter of its one result: the map's result, or {@link #DROPPED}. */
    MAP_THEN_FILTER
  }

  /** The function of one thread. */
  interface Instance {
    /** The result for one row; a failure is thrown as Spark's error. */
    Object apply(Object[] arguments);
  }

  /**
   * An instance that reads a row's values where the engine holds them ({@link RowValues}): the same result as
   * {@link #apply(Object[])} for the row, with no array of boxed values (a typed function building its bean of the
   * row sets primitive fields from primitive values).
   */
  interface ValuesInstance extends Instance {
    /** The result for {@code row}; a failure is thrown as Spark's error. */
    Object apply(RowValues row);
  }
}
