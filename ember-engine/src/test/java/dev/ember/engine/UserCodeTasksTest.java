package dev.ember.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.engine.arrow.ArrowBatch;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.ScalarUserFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A scalar function's batches in tasks on workers of their own (Python UDFs): order, balance, failure. */
class UserCodeTasksTest {
  private static final int ROWS = 3;
  private static final StructType ARGUMENTS = new StructType(List.of(new StructField("x", AtomicType.LONG, true)));
  private final BufferAllocator allocator = new RootAllocator();
  private final RunningOperations operations = new RunningOperations(new UserFunctionCalls());

  @AfterEach
  void close() {
    allocator.close();
  }

  /** Each batch is evaluated once, its results joined to its own rows, the batches in the input's order. */
  @Test
  void resultsKeepTheInputsOrder() {
    Doubling function = new Doubling(4, 2, 0, -1);
    List<byte[]> rows = run(function, 37);
    assertThat(rows).hasSize(37);
    for (int batch = 0; batch < 37; batch++) {
      // the columns after the arguments (the batch's tag), then the result
      assertThat(read(rows.get(batch))).containsExactly(
          List.of((long) batch, (long) batch, (long) batch),
          List.of(2L * batch * ROWS, 2L * (batch * ROWS + 1), 2L * (batch * ROWS + 2)));
    }
    assertThat(function.taskSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(37);
  }

  /**
   * Tasks grow while the input streams; once it has ended, what is left is shared out in shrinking tasks, so that no
   * worker is left alone with a long last one.
   */
  @Test
  void theEndIsSharedOut() {
    Doubling function = new Doubling(8, 2, 2, -1);
    run(function, 100);
    List<Integer> sizes = function.taskSizes;
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
    assertThat(sizes.subList(0, 2)).containsExactly(8, 8);
    assertThat(sizes).allMatch(size -> size <= 64);
    assertThat(sizes.get(sizes.size() - 1)).isLessThan(8);
    assertThat(sizes.get(sizes.size() - 2)).isLessThan(8);
  }

  /** A task that fails stops the stage with its error; the other tasks take no more input. */
  @Test
  void aFailedTaskStopsTheStage() {
    Doubling function = new Doubling(2, 2, 1, 5);
    assertThatThrownBy(() -> run(function, 200)).isInstanceOf(IllegalStateException.class)
        .hasMessage("batch 5 failed");
    assertThat(function.taskSizes.stream().mapToInt(Integer::intValue).sum()).isLessThan(200);
  }

  /** The input waits while enough of it is queued: it never runs far ahead of the workers. */
  @Test
  void theInputWaitsForTheWorkers() {
    Doubling function = new Doubling(2, 2, 2, -1);
    int size = batch(0).length;
    java.util.concurrent.atomic.AtomicInteger ahead = new java.util.concurrent.atomic.AtomicInteger();
    List<byte[]> rows = new ArrayList<>();
    UserCodeTasks.run(function, ARGUMENTS, 1, new UserCodeContext("UTC", getClass().getClassLoader()), allocator,
        operations, "op", consumer -> {
          for (int batch = 0; batch < 60; batch++) {
            int started;
            synchronized (function.taskSizes) {
              started = function.taskSizes.stream().mapToInt(Integer::intValue).sum();
            }
            ahead.accumulateAndGet(batch - started, Math::max);
            consumer.accept(new ArrowBatch(batch(batch), ROWS));
          }
        }, rows, 4L * size);
    assertThat(rows).hasSize(60);
    // at most 4 batches queued, 2 tasks of 2 taken but not started, and the one being added
    assertThat(ahead.get()).isLessThanOrEqualTo(9);
  }

  private List<byte[]> run(Doubling function, int batches) {
    List<byte[]> rows = new ArrayList<>();
    UserCodeTasks.run(function, ARGUMENTS, 1, new UserCodeContext("UTC", getClass().getClassLoader()), allocator,
        operations, "op", consumer -> {
          for (int batch = 0; batch < batches; batch++) {
            consumer.accept(new ArrowBatch(batch(batch), ROWS));
          }
        }, rows);
    return rows;
  }

  /** Batch {@code index}: x = index * ROWS + row, tag = index. */
  private byte[] batch(int index) {
    long[] x = new long[ROWS];
    long[] tag = new long[ROWS];
    for (int row = 0; row < ROWS; row++) {
      x[row] = (long) index * ROWS + row;
      tag[row] = index;
    }
    return stream(List.of("x", "tag"), List.of(x, tag));
  }

  private byte[] stream(List<String> names, List<long[]> columns) {
    List<org.apache.arrow.vector.FieldVector> vectors = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      BigIntVector vector = new BigIntVector(names.get(i), allocator);
      vector.allocateNew(columns.get(i).length);
      for (int row = 0; row < columns.get(i).length; row++) {
        vector.set(row, columns.get(i)[row]);
      }
      vector.setValueCount(columns.get(i).length);
      vectors.add(vector);
    }
    try (VectorSchemaRoot root = new VectorSchemaRoot(vectors)) {
      root.setRowCount(columns.get(0).length);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ArrowStreamWriter writer = new ArrowStreamWriter(root, null, out)) {
        writer.start();
        writer.writeBatch();
        writer.end();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<List<Long>> read(byte[] stream) {
    try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(stream), allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      assertThat(reader.loadNextBatch()).isTrue();
      List<List<Long>> columns = new ArrayList<>();
      for (var vector : root.getFieldVectors()) {
        List<Long> values = new ArrayList<>();
        for (int row = 0; row < root.getRowCount(); row++) {
          values.add(((BigIntVector) vector).get(row));
        }
        columns.add(values);
      }
      return columns;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** x * 2, in tasks of {@code batchesPerTask} on {@code parallelism} workers, sleeping a while per batch. */
  private final class Doubling implements ScalarUserFunction {
    private final int batchesPerTask;
    private final int parallelism;
    private final long millisPerBatch;
    private final long failingX;
    final List<Integer> taskSizes = Collections.synchronizedList(new ArrayList<>());

    Doubling(int batchesPerTask, int parallelism, long millisPerBatch, int failingBatch) {
      this.batchesPerTask = batchesPerTask;
      this.parallelism = parallelism;
      this.millisPerBatch = millisPerBatch;
      this.failingX = failingBatch < 0 ? -1 : (long) failingBatch * ROWS;
    }

    @Override
    public String name() {
      return "doubling";
    }

    @Override
    public DataType returnType() {
      return AtomicType.LONG;
    }

    @Override
    public boolean nullable() {
      return false;
    }

    @Override
    public boolean deterministic() {
      return true;
    }

    @Override
    public List<DataType> inputTypes() {
      return List.of(AtomicType.LONG);
    }

    @Override
    public boolean takesWholeRow() {
      return false;
    }

    @Override
    public Tasks tasks() {
      return new Tasks(batchesPerTask, parallelism);
    }

    @Override
    public List<byte[]> evaluateBatches(List<byte[]> batches, StructType argumentSchema, UserCodeContext context) {
      taskSizes.add(batches.size());
      return ScalarUserFunction.super.evaluateBatches(batches, argumentSchema, context);
    }

    @Override
    public byte[] evaluate(byte[] arguments, StructType argumentSchema, UserCodeContext context) {
      try {
        Thread.sleep(millisPerBatch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      List<Long> x = read(arguments).get(0);
      if (x.get(0) == failingX) {
        throw new IllegalStateException("batch " + failingX / ROWS + " failed");
      }
      return stream(List.of("_0"), List.of(x.stream().mapToLong(value -> value * 2).toArray()));
    }
  }
}
