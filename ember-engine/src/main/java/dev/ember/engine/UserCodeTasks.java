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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;

/**
 * A scalar function's batches run as Spark runs a Python UDF's partitions: consecutive batches grouped into tasks
 * (one call of {@link ScalarUserFunction#evaluateBatches} each, at most 64 MB of input), run by
 * {@link ScalarUserFunction.Tasks#parallelism()} workers of the stage's own, each taking the next task of the queued
 * input when it is free, while the input goes on streaming in; the results are kept in the input's order. A task is
 * {@link ScalarUserFunction.Tasks#batchesPerTask()} batches in the first round, more in later ones while the input
 * streams ({@link #nextSize}), and once the input has ended what is left is shared out in shrinking tasks, so that
 * the workers end together. A cancelled operation interrupts the stage's thread waiting for the workers, which
 * cancels them (their threads interrupted: a Python worker is stopped); a failed task stops the others.
 */
final class UserCodeTasks {
  private static final AtomicInteger THREADS = new AtomicInteger();
  /** A task's input is at most this many bytes, however many batches that is. */
  private static final long MAX_TASK_BYTES = 64L << 20;
  /** The input waits while this many bytes of it are queued for the workers. */
  private static final long MAX_QUEUED_BYTES = 4 * MAX_TASK_BYTES;
  /** How many times {@link ScalarUserFunction.Tasks#batchesPerTask()} a task grows to. */
  private static final int MAX_GROWTH = 8;
  /** The smallest task of the shared-out end is this part of {@link ScalarUserFunction.Tasks#batchesPerTask()}. */
  private static final int SMALLEST_PART = 5;

  private final ScalarUserFunction function;
  private final StructType argumentSchema;
  private final int arguments;
  private final UserCodeContext context;
  private final BufferAllocator allocator;
  private final RunningOperations operations;
  private final String operationId;
  private final long maxQueuedBytes;
  private final ExecutorService pool;
  private final Object lock = new Object();
  private final Deque<byte[]> queued = new ArrayDeque<>();
  private final List<List<byte[]>> results = new ArrayList<>();
  private long queuedBytes;
  private boolean inputEnded;
  private int taken;
  private int workersEnded;
  private Throwable failure;

  private UserCodeTasks(ScalarUserFunction function, StructType argumentSchema, int arguments, UserCodeContext context,
      BufferAllocator allocator, RunningOperations operations, String operationId, long maxQueuedBytes) {
    this.maxQueuedBytes = maxQueuedBytes;
    this.operations = operations;
    this.operationId = operationId;
    this.function = function;
    this.argumentSchema = argumentSchema;
    this.arguments = arguments;
    this.context = context;
    this.allocator = allocator;
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
    run(function, argumentSchema, arguments, context, allocator, operations, operationId, input, rows,
        MAX_QUEUED_BYTES);
  }

  /** {@link #run}, the input waiting while {@code maxQueuedBytes} of it are queued. */
  static void run(ScalarUserFunction function, StructType argumentSchema, int arguments, UserCodeContext context,
      BufferAllocator allocator, RunningOperations operations, String operationId,
      Consumer<Consumer<ArrowBatch>> input, List<byte[]> rows, long maxQueuedBytes) {
    UserCodeTasks tasks = new UserCodeTasks(function, argumentSchema, arguments, context, allocator, operations,
        operationId, maxQueuedBytes);
    List<Future<?>> workers = new ArrayList<>();
    try {
      for (int i = 0; i < function.tasks().parallelism(); i++) {
        workers.add(tasks.pool.submit(tasks::work));
      }
      input.accept(batch -> tasks.add(batch.data()));
      tasks.endInput();
      operations.runUserCode(operationId, tasks::awaitWorkers);
      tasks.results.forEach(rows::addAll);
    } finally {
      workers.forEach(worker -> worker.cancel(true));
      tasks.pool.shutdownNow();
    }
  }

  private void add(byte[] batch) {
    synchronized (lock) {
      waitForRoom();
      rethrowFailure();
      queued.add(batch);
      queuedBytes += batch.length;
      lock.notifyAll();
    }
  }

  /**
   * The input waits while enough of it is queued (the workers' results hold what they have read already), as a
   * cancellable wait of user code: a cancelled operation interrupts it.
   */
  private void waitForRoom() {
    if (queuedBytes < maxQueuedBytes || failure != null) {
      return;
    }
    operations.runUserCode(operationId, () -> {
      synchronized (lock) {
        awaitUntil(() -> queuedBytes < maxQueuedBytes || failure != null);
      }
      return null;
    });
  }

  /** Waits on the lock (held) until {@code done}; an interrupt (a cancelled operation) ends the wait as a failure. */
  private void awaitUntil(java.util.function.BooleanSupplier done) {
    try {
      while (!done.getAsBoolean()) {
        lock.wait();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SparkErrors.internal("Interrupted while waiting for user code.");
    }
  }

  private void endInput() {
    synchronized (lock) {
      inputEnded = true;
      lock.notifyAll();
    }
  }

  /** A worker: the next task's batches evaluated, until the input has ended and none is left (or a task failed). */
  private Void work() throws InterruptedException {
    try {
      for (Task task = take(); task != null; task = take()) {
        List<byte[]> evaluated = function.evaluateBatches(task.batches(), argumentSchema, context);
        List<byte[]> joined = new ArrayList<>(task.batches().size());
        for (int i = 0; i < task.batches().size(); i++) {
          joined.add(ArrowColumnJoin.join(allocator, task.batches().get(i), arguments, evaluated.get(i)));
        }
        synchronized (lock) {
          results.set(task.index(), joined);
        }
      }
      return null;
    } catch (RuntimeException | Error e) {
      synchronized (lock) {
        failure = failure == null ? e : failure;
      }
      throw e;
    } finally {
      synchronized (lock) {
        workersEnded++;
        lock.notifyAll();
      }
    }
  }

  /** The next task, once there is enough input for one; null when there is none left (or a task failed). */
  private Task take() throws InterruptedException {
    synchronized (lock) {
      while (failure == null) {
        int first = function.tasks().batchesPerTask();
        if (!queued.isEmpty() && (inputEnded || queued.size() >= first || queuedBytes >= MAX_TASK_BYTES)) {
          int size = nextSize();
          List<byte[]> batches = new ArrayList<>(Math.min(size, queued.size()));
          long bytes = 0;
          while (!queued.isEmpty() && batches.size() < size && (batches.isEmpty() || bytes < MAX_TASK_BYTES)) {
            byte[] batch = queued.poll();
            bytes += batch.length;
            batches.add(batch);
          }
          queuedBytes -= bytes;
          lock.notifyAll();
          results.add(null);
          return new Task(taken++, batches);
        }
        if (inputEnded) {
          return null;
        }
        lock.wait();
      }
      return null;
    }
  }

  /**
   * The batches of the next task: {@code batchesPerTask} for the first round of tasks (one per worker), twice as many
   * each round after, up to {@link #MAX_GROWTH} times, while the input streams (fewer, longer tasks share a task's fixed
   * costs: a Python UDF's worker call, its function unpickled — and, until its socket sent without delay, ~40 ms of
   * TCP delay a task);
   * once it has ended, a worker's share of what is left, down to a fifth of {@code batchesPerTask}, so that no worker
   * is left alone with a long last task.
   */
  private int nextSize() {
    ScalarUserFunction.Tasks tasks = function.tasks();
    if (tasks.batchesPerTask() == 1) {
      return 1;  // a call a batch (a group of a grouped aggregate)
    }
    int round = taken / tasks.parallelism();
    int streaming = tasks.batchesPerTask() * Math.min(MAX_GROWTH, 1 << Math.min(round, 3));
    if (!inputEnded) {
      return streaming;
    }
    int share = (queued.size() + tasks.parallelism() - 1) / tasks.parallelism();
    return Math.min(streaming, Math.max(share, Math.max(1, tasks.batchesPerTask() / SMALLEST_PART)));
  }

  /** Waits for every worker to end; a failed task's error thrown. */
  private Void awaitWorkers() {
    synchronized (lock) {
      awaitUntil(() -> workersEnded >= function.tasks().parallelism() || failure != null);
      rethrowFailure();
      return null;
    }
  }

  private void rethrowFailure() {
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
  }

  /** The {@code index}-th task of the input, its consecutive batches. */
  private record Task(int index, List<byte[]> batches) {
  }
}
