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

  /** The function of one thread. */
  interface Instance {
    /** The result for one row; a failure is thrown as Spark's error. */
    Object apply(Object[] arguments);
  }
}
