package dev.ember.engine;

import dev.ember.plan.usercode.RowFunction;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The instances of one user function that DuckDB's calls share, each used by one call at a time: a call takes an idle
 * one (or reads the function anew when every one is busy) and gives it back when done. DuckDB runs each call of a
 * Java function on a thread the JVM sees as new (the driver attaches its native thread for the call and detaches it
 * after), so an instance per thread would read the function anew for every chunk of 2,048 rows; here there are as
 * many as calls run at once, as Spark reads a function once per task.
 */
final class UserFunctionInstances {
  private final RowFunction function;
  private final ConcurrentLinkedDeque<RowFunction.Instance> idle = new ConcurrentLinkedDeque<>();

  UserFunctionInstances(RowFunction function) {
    this.function = function;
  }

  /** An instance no other call uses until it is {@linkplain #release released}. */
  RowFunction.Instance acquire() {
    RowFunction.Instance instance = idle.pollFirst();
    return instance != null ? instance : function.newInstance();
  }

  /** Gives {@code instance} back for the calls to come. */
  void release(RowFunction.Instance instance) {
    idle.offerFirst(instance);
  }
}
