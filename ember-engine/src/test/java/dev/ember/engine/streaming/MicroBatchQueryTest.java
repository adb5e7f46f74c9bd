package dev.ember.engine.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Range;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class MicroBatchQueryTest {
  /** Offsets 0..total, at most {@code step} a batch; a batch's plan is the range between its offsets. */
  private static final class Counting implements MicroBatchSource {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final int total;
    final int step;
    final int failAt;

    Counting(int total, int step, int failAt) {
      this.total = total;
      this.step = step;
      this.failAt = failAt;
    }

    @Override
    public void start() {
      calls.add("start");
    }

    @Override
    public String initialOffset() {
      return "0";
    }

    @Override
    public String latestOffset(String start) {
      int from = Integer.parseInt(start);
      if (from >= failAt) {
        throw new EmberException(ErrorKind.SPARK, "PYTHON_STREAMING_DATA_SOURCE_RUNTIME_ERROR", "38000",
            "Failed when Python streaming data source perform latestOffset: broken", java.util.Map.of());
      }
      return Integer.toString(Math.min(total, from + step));
    }

    @Override
    public LogicalPlan batch(String start, String end) {
      return new Range(Long.parseLong(start), Long.parseLong(end), 1);
    }

    @Override
    public void commit(String end) {
      calls.add("commit " + end);
    }

    @Override
    public void close() {
      calls.add("close");
    }
  }

  @Test
  void batchesRunBetweenOffsetsUntilTheSourceHasNoMoreThenWaitUntilStopped() {
    Counting source = new Counting(7, 3, Integer.MAX_VALUE);
    List<String> batches = new CopyOnWriteArrayList<>();
    StreamingQueries queries = new StreamingQueries();
    MicroBatchQuery query = queries.start(Optional.of("q"), source, 0,
        (id, rows) -> batches.add(id + ": " + ((Range) rows).start() + "-" + ((Range) rows).end()));
    query.processAllAvailable();
    assertEquals(List.of("0: 0-3", "1: 3-6", "2: 6-7"), batches);
    assertEquals(List.of("start", "commit 3", "commit 6", "commit 7"), source.calls);
    assertTrue(query.isActive());
    assertEquals(new MicroBatchQuery.Status("Waiting for data to arrive", false, false, true), query.status());
    assertEquals(List.of(query), queries.active());
    EmberException clash = assertThrows(EmberException.class,
        () -> queries.start(Optional.of("q"), new Counting(1, 1, 9), 0, (id, rows) -> { }));
    assertTrue(clash.getMessage().contains("a query with that name is already active"));
    query.stop();
    assertFalse(query.isActive());
    assertEquals("close", source.calls.get(source.calls.size() - 1));
    assertEquals(new MicroBatchQuery.Status("Stopped", false, false, false), query.status());
    assertTrue(query.awaitTermination(Optional.empty()));
    assertEquals(List.of(), queries.active());
    assertTrue(query.exception().isEmpty());
  }

  @Test
  void anErrorEndsTheQueryAsSparksStreamFailed() {
    Counting source = new Counting(10, 2, 4);
    List<Long> batches = new CopyOnWriteArrayList<>();
    MicroBatchQuery query = new StreamingQueries().start(Optional.empty(), source, 0, (id, rows) -> batches.add(id));
    EmberException failed = assertThrows(EmberException.class, () -> query.awaitTermination(Optional.empty()));
    assertEquals("STREAM_FAILED", failed.errorClass());
    assertTrue(failed.getMessage().contains("terminated with exception: [PYTHON_STREAMING_DATA_SOURCE_RUNTIME_ERROR]"),
        failed.getMessage());
    assertEquals(List.of(0L, 1L), batches);
    assertFalse(query.isActive());
    assertTrue(query.status().message().startsWith("Terminated with exception: [PYTHON_STREAMING_DATA_SOURCE_"));
    assertEquals("close", source.calls.get(source.calls.size() - 1));
  }

  @Test
  void aProcessingTimeTriggerStartsBatchesAtItsInterval() {
    Counting source = new Counting(4, 1, Integer.MAX_VALUE);
    List<Long> starts = new CopyOnWriteArrayList<>();
    long before = System.currentTimeMillis();
    MicroBatchQuery query = new StreamingQueries().start(Optional.empty(), source, 50,
        (id, rows) -> starts.add(System.currentTimeMillis()));
    query.processAllAvailable();
    query.stop();
    assertEquals(4, starts.size());
    assertTrue(starts.get(3) - before >= 100, "four batches, one per trigger, take three intervals at least");
  }
}
