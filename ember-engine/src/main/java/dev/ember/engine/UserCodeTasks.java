package dev.ember.engine;

import dev.ember.engine.arrow.ArrowBatch;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.ScalarUserFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;

/**
 * A scalar function's batches run as Spark runs a Python UDF's partitions: consecutive batches grouped into tasks
 * ({@link ScalarUserFunction.Tasks#batchesPerTask()} each in the first round, more later: {@link #batchesOfNextTask};
 * one call of {@link ScalarUserFunction#evaluateBatches} each, at most 64 MB of input),
 * up to {@link ScalarUserFunction.Tasks#parallelism()} tasks at once on threads of the stage's own, while the input
 * goes on streaming in; the results are kept in the input's order. A cancelled operation interrupts the stage's
 * thread waiting for a task, which cancels every task (their threads interrupted: a Python worker is stopped).
 */
final class UserCodeTasks {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ScalarUserFunction function;
  private final StructType argumentSchema;
  private final int arguments;
  private final UserCodeContext context;
  private final BufferAllocator allocator;
  private final RunningOperations operations;
  private final String operationId;
  private final ExecutorService pool;
  private final Deque<Future<List<byte[]>>> running = new ArrayDeque<>();
  private List<byte[]> pending = new ArrayList<>();
  private long pendingBytes;
  private int submitted;
  /** A task's input is at most this many bytes, however many batches that is. */
  private static final long MAX_TASK_BYTES = 64L << 20;
  /** How many times {@link ScalarUserFunction.Tasks#batchesPerTask()} a task grows to. */
  private static final int MAX_GROWTH = 8;

  private UserCodeTasks(ScalarUserFunction function, StructType argumentSchema, int arguments, UserCodeContext context,
      BufferAllocator allocator, RunningOperations operations, String operationId) {
    this.function = function;
    this.argumentSchema = argumentSchema;
    this.arguments = arguments;
    this.context = context;
    this.allocator = allocator;
    this.operations = operations;
    this.operationId = operationId;
    this.pool = Executors.newFixedThreadPool(function.tasks().parallelism(), runnable -> {
      Thread thread = new Thread(runnable, "ember-user-code-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Each input row's columns after its first {@code arguments}, then the function's result, as {@link #run} feeds
   * {@code input}'s batches to it: the rows in {@code rows}, a stream per input batch, in order.
   */
  static void run(ScalarUserFunction function, StructType argumentSchema, int arguments, UserCodeContext context,
      BufferAllocator allocator, RunningOperations operations, String operationId,
      Consumer<Consumer<ArrowBatch>> input, List<byte[]> rows) {
    UserCodeTasks tasks = new UserCodeTasks(function, argumentSchema, arguments, context, allocator, operations,
        operationId);
    try {
      input.accept(batch -> tasks.add(batch.data(), rows));
      tasks.submitPending();
      while (!tasks.running.isEmpty()) {
        rows.addAll(tasks.awaitOldest());
      }
    } finally {
      tasks.running.forEach(task -> task.cancel(true));
      tasks.pool.shutdownNow();
    }
  }

  private void add(byte[] batch, List<byte[]> rows) {
    pending.add(batch);
    pendingBytes += batch.length;
    if (pending.size() >= batchesOfNextTask() || pendingBytes >= MAX_TASK_BYTES) {
      submitPending();
      // no more tasks queued than run at once: the input waits rather than piling up
      while (running.size() > function.tasks().parallelism()) {
        rows.addAll(awaitOldest());
      }
    }
  }

  /**
   * The batches of the next task: {@code batchesPerTask} for the first round of tasks (one per core, so that a small
   * input is shared by the cores at once), twice as many each round after, up to {@link #MAX_GROWTH} times: a long
   * input runs as fewer, longer tasks (a task's fixed costs — a Python UDF's worker call, its function unpickled — were
   * a fifth of a 10M-row {@code @pandas_udf}'s time at 50 batches a task).
   */
  private int batchesOfNextTask() {
    ScalarUserFunction.Tasks tasks = function.tasks();
    if (tasks.batchesPerTask() == 1) {
      return 1;  // a call a batch (a group of a grouped aggregate)
    }
    int round = submitted / Math.max(1, tasks.parallelism());
    return tasks.batchesPerTask() * Math.min(MAX_GROWTH, 1 << Math.min(round, 3));
  }

  private void submitPending() {
    if (pending.isEmpty()) {
      return;
    }
    List<byte[]> batches = pending;
    pending = new ArrayList<>();
    pendingBytes = 0;
    submitted++;
    running.add(pool.submit(() -> {
      List<byte[]> results = function.evaluateBatches(batches, argumentSchema, context);
      List<byte[]> joined = new ArrayList<>(batches.size());
      for (int i = 0; i < batches.size(); i++) {
        joined.add(ArrowColumnJoin.join(allocator, batches.get(i), arguments, results.get(i)));
      }
      return joined;
    }));
  }

  private List<byte[]> awaitOldest() {
    Future<List<byte[]>> task = running.poll();
    return operations.runUserCode(operationId, () -> {
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw SparkErrors.internal("Interrupted while waiting for user code.");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw SparkErrors.internal("User code failed: " + e.getCause());
      }
    });
  }
}
