package dev.ember.connect;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.spark.sql.expressions.Aggregator;
import org.sparkproject.org.apache.arrow.vector.BigIntVector;
import org.sparkproject.org.apache.arrow.vector.BitVector;
import org.sparkproject.org.apache.arrow.vector.FieldVector;
import org.sparkproject.org.apache.arrow.vector.Float4Vector;
import org.sparkproject.org.apache.arrow.vector.Float8Vector;
import org.sparkproject.org.apache.arrow.vector.IntVector;
import org.sparkproject.org.apache.arrow.vector.SmallIntVector;
import org.sparkproject.org.apache.arrow.vector.TinyIntVector;
import org.sparkproject.org.apache.arrow.vector.complex.ListVector;

/**
 * The groups of a user aggregate whose input is one flat number or boolean, reduced straight from the Arrow list of
 * each group's inputs: each element is boxed as Spark's Arrow deserializer hands it (NULL as null) and passed to
 * {@code reduce} as it is read, with no collection of the group's values built first. A batch of many inputs is
 * split into consecutive runs of whole groups reduced at once, one on the calling thread and the others on helper
 * threads, each with an instance of the aggregator of its own (as each of Spark's tasks reads the function); a group's
 * result does not depend on the split.
 */
final class FlatGroupInputs {
  /** Inputs (list elements) a part of a batch reduces at least: fewer go to no helper thread. */
  static final int ELEMENTS_PER_PART = 65_536;
  private static final int PARTS = Math.max(1, Runtime.getRuntime().availableProcessors());
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService HELPERS = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "ember-aggregate-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  private FlatGroupInputs() {
  }

  /**
   * How element {@code i} of {@code data} reaches the aggregator when its input type is {@code type}, or null when
   * this vector is not the one Spark's deserializer reads such values from (the general path reads it then).
   */
  static IntFunction<Object> reader(FieldVector data, DataType type) {
    if (!(type instanceof AtomicType atomic)) {
      return null;
    }
    return switch (atomic) {
      case BOOLEAN -> data instanceof BitVector v ? i -> v.isNull(i) ? null : Boolean.valueOf(v.get(i) != 0) : null;
      case BYTE -> data instanceof TinyIntVector v ? i -> v.isNull(i) ? null : Byte.valueOf(v.get(i)) : null;
      case SHORT -> data instanceof SmallIntVector v ? i -> v.isNull(i) ? null : Short.valueOf(v.get(i)) : null;
      case INTEGER -> data instanceof IntVector v ? i -> v.isNull(i) ? null : Integer.valueOf(v.get(i)) : null;
      case LONG -> data instanceof BigIntVector v ? i -> v.isNull(i) ? null : Long.valueOf(v.get(i)) : null;
      case FLOAT -> data instanceof Float4Vector v ? i -> v.isNull(i) ? null : Float.valueOf(v.get(i)) : null;
      case DOUBLE -> data instanceof Float8Vector v ? i -> v.isNull(i) ? null : Double.valueOf(v.get(i)) : null;
      default -> null;
    };
  }

  /**
   * Each group's result ({@code finish} of its inputs reduced into {@code zero}), in the groups' order: the first
   * run of groups with {@code aggregator}, the others each with one of {@code instances} on a helper thread, whose
   * context class loader is {@code loader}.
   */
  static Object[] results(ListVector groups, IntFunction<Object> element, Aggregator<Object, Object, Object> aggregator,
      Supplier<Aggregator<Object, Object, Object>> instances, ClassLoader loader) throws Exception {
    int count = groups.getValueCount();
    Object[] results = new Object[count];
    List<Integer> bounds = bounds(groups, count);
    List<Future<?>> helpers = new ArrayList<>();
    try {
      for (int part = 1; part + 1 < bounds.size(); part++) {
        int from = bounds.get(part);
        int to = bounds.get(part + 1);
        helpers.add(HELPERS.submit(() -> {
          Thread thread = Thread.currentThread();
          ClassLoader previous = thread.getContextClassLoader();
          thread.setContextClassLoader(loader);
          try {
            reduce(groups, element, instances.get(), from, to, results);
            return null;
          } finally {
            thread.setContextClassLoader(previous);
          }
        }));
      }
      reduce(groups, element, aggregator, 0, bounds.get(1), results);
      for (Future<?> helper : helpers) {
        await(helper);
      }
      return results;
    } finally {
      helpers.forEach(helper -> helper.cancel(true));
    }
  }

  /** The first group of each part and, last, the count: parts of at least ELEMENTS_PER_PART inputs, PARTS at most. */
  private static List<Integer> bounds(ListVector groups, int count) {
    long elements = count == 0 ? 0 : groups.getElementEndIndex(count - 1) - groups.getElementStartIndex(0);
    int parts = (int) Math.max(1, Math.min(PARTS, elements / ELEMENTS_PER_PART));
    List<Integer> bounds = new ArrayList<>(List.of(0));
    long first = count == 0 ? 0 : groups.getElementStartIndex(0);
    for (int group = 0; group < count && bounds.size() < parts; group++) {
      // a part ends after the group that reaches its share of the inputs
      if (groups.getElementEndIndex(group) - first >= elements * bounds.size() / parts && group + 1 < count) {
        bounds.add(group + 1);
      }
    }
    bounds.add(count);
    return bounds;
  }

  private static void reduce(ListVector groups, IntFunction<Object> element,
      Aggregator<Object, Object, Object> aggregator, int from, int to, Object[] results) {
    for (int group = from; group < to; group++) {
      Object buffer = aggregator.zero();
      if (!groups.isNull(group)) {
        int end = groups.getElementEndIndex(group);
        for (int index = groups.getElementStartIndex(group); index < end; index++) {
          buffer = aggregator.reduce(buffer, element.apply(index));
        }
      }
      results[group] = aggregator.finish(buffer);
    }
  }

  private static void await(Future<?> helper) throws Exception {
    try {
      helper.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
