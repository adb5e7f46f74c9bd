package dev.ember.engine.python;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * The process's Python workers, as Spark's {@code PythonWorkerFactory} keeps an executor's: at most one task runs per
 * core at a time, each on a worker of the task's Python; a worker that ends a task with the reuse handshake waits idle
 * for the next (at most one idle per core), one that failed is gone. Idle workers exit with this JVM (their socket
 * closes).
 */
public final class PythonWorkers {
  private static final PythonWorkers SHARED = new PythonWorkers(Runtime.getRuntime().availableProcessors());
  private static final BufferAllocator ROOT = new RootAllocator();

  private final int maxWorkers;
  private final Semaphore running;
  private final Deque<PythonWorker> idle = new ArrayDeque<>();
  private final java.util.Set<PythonWorker> busy = java.util.concurrent.ConcurrentHashMap.newKeySet();

  PythonWorkers(int maxWorkers) {
    this.maxWorkers = Math.max(1, maxWorkers);
    this.running = new Semaphore(this.maxWorkers, true);
  }

  public static PythonWorkers shared() {
    return SHARED;
  }

  static {
    // a worker blocked in user code must not hold the JVM's exit: its socket closes and the process is destroyed
    Runtime.getRuntime().addShutdownHook(new Thread(SHARED::closeAll, "ember-python-workers-stop"));
  }

  /** Stops every worker, idle or running a task (whose reader then fails). */
  void closeAll() {
    List<PythonWorker> all;
    synchronized (this) {
      all = new java.util.ArrayList<>(idle);
      idle.clear();
    }
    all.addAll(busy);
    all.forEach(PythonWorker::close);
  }

  /** The Python a session's workers run: {@code PYSPARK_PYTHON} (which {@code ember.session()} sets), else python3. */
  public static String defaultPython() {
    String python = System.getenv("PYSPARK_PYTHON");
    return python == null || python.isBlank() ? "python3" : python;
  }

  /** Runs {@code task} on a worker: its output, an Arrow IPC stream per batch. */
  public List<byte[]> run(PythonTask task) {
    try {
      running.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw dev.ember.plan.errors.SparkErrors.internal("Interrupted while waiting for a Python worker.");
    }
    PythonWorker worker = null;
    boolean[] reusable = {false};
    try {
      worker = take(task.python());
      busy.add(worker);
      try (BufferAllocator allocator = ROOT.newChildAllocator("python-task", 0, Long.MAX_VALUE)) {
        return PythonRunner.run(worker, task, allocator, reusable);
      }
    } finally {
      if (worker != null) {
        busy.remove(worker);
        give(worker, reusable[0]);
      }
      running.release();
    }
  }

  /** The number of idle workers (for tests). */
  synchronized int idleCount() {
    return idle.size();
  }

  private PythonWorker take(String python) {
    synchronized (this) {
      for (var it = idle.iterator(); it.hasNext(); ) {
        PythonWorker worker = it.next();
        if (worker.python().equals(python)) {
          it.remove();
          return worker;
        }
      }
    }
    return PythonWorker.start(python);
  }

  private void give(PythonWorker worker, boolean reusable) {
    // a task may end with the reuse handshake and its worker be closed after (the stage's other task failed and
    // interrupted this one while it joined its writer): a closed worker is never pooled
    if (!reusable || worker.isClosed()) {
      worker.close();
      return;
    }
    PythonWorker evicted = null;
    synchronized (this) {
      idle.addFirst(worker);
      if (idle.size() > maxWorkers) {
        evicted = idle.removeLast();
      }
    }
    if (evicted != null) {
      evicted.close();
    }
  }
}
