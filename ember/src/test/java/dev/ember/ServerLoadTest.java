package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bounded load test of a shared server (profile {@code load}: {@code mvn -B -o -Pload -pl ember -am test
 * -Dtest=ServerLoadTest -Dsurefire.failIfNoSpecifiedTests=false}): 50 sessions of the official client run mixed
 * queries at once (every answer checked: no wrong result), interrupts of running queries, a small query beside heavy
 * ones of another session, then 1,000 sessions opened
 * and released with the process's threads and file descriptors bounded. Latencies are measured and written to
 * {@code target/load-test.txt} (docs/load-test.md), never asserted.
 */
@Tag("load")
class ServerLoadTest {
  private static final int SESSIONS = Integer.getInteger("ember.load.sessions", 50);
  private static final int QUERIES_PER_SESSION = Integer.getInteger("ember.load.queries", 20);
  private static final int OPENED_AND_RELEASED = Integer.getInteger("ember.load.openClose", 1000);
  private static final int INTERRUPTS = 10;

  /** A query and the answer it must give in session {@code i}. */
  private record Work(String name, Function<SparkSession, Object> run, Function<Integer, Object> expected) {
  }

  private static final List<Work> MIX = List.of(
      new Work("sum of a range", spark -> spark.range(1_000_000).selectExpr("sum(id)").first().getLong(0),
          i -> 499_999_500_000L),
      new Work("group by", spark -> spark.range(100_000).selectExpr("id % 7 AS k").groupBy("k").count()
          .orderBy("k").collectAsList().toString(), i -> groups()),
      new Work("join", spark -> spark.range(20_000).join(spark.range(10_000, 30_000), "id").count(), i -> 10_000L),
      new Work("window", spark -> spark.sql("SELECT max(r) AS m FROM (SELECT row_number() OVER (ORDER BY id DESC) AS r "
          + "FROM range(50000))").first().getInt(0), i -> 50_000),
      new Work("session view", spark -> spark.table("mine").first().getLong(0), i -> (long) i),
      new Work("session conf", spark -> spark.sql("SELECT current_timezone() AS z").first().getString(0),
          i -> "Etc/GMT+" + (i % 12)),
      new Work("local data", spark -> spark.createDataFrame(List.of(
          org.apache.spark.sql.RowFactory.create(1L), org.apache.spark.sql.RowFactory.create(2L)),
          new org.apache.spark.sql.types.StructType().add("x", "long")).selectExpr("sum(x) * 10").first().getLong(0),
          i -> 30L),
      new Work("rows", spark -> spark.range(3).selectExpr("id * 2 AS d").collectAsList().toString(),
          i -> "[[0], [2], [4]]"));

  private static String groups() {
    StringBuilder text = new StringBuilder("[");
    for (int k = 0; k < 7; k++) {
      long count = 100_000 / 7 + (k < 100_000 % 7 ? 1 : 0);
      text.append(k == 0 ? "" : ", ").append('[').append(k).append(',').append(count).append(']');
    }
    return text.append(']').toString();
  }

  @Test
  void aSharedServerUnderLoad() throws Exception {
    List<String> report = new ArrayList<>();
    report.add("sessions=" + SESSIONS + " queriesPerSession=" + QUERIES_PER_SESSION + " cores="
        + Runtime.getRuntime().availableProcessors());
    try (EmberServer server = EmberServer.start("127.0.0.1", 0,
        Map.of("spark.ember.duckdb.memoryLimit", "2GB", "spark.ember.duckdb.threads", "2"))) {
      concurrentSessions(server, report);
      interrupts(server, report);
      smallBesideHeavy(server, report);
      openedAndReleased(server, report);
      overTheMemoryLimit(report);
    } finally {
      Files.write(Path.of("target", "load-test.txt"), report);
      report.forEach(System.out::println);
    }
  }

  private static void concurrentSessions(EmberServer server, List<String> report) throws Exception {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger wrong = new AtomicInteger();
    List<String> wrongOnes = Collections.synchronizedList(new ArrayList<>());
    ExecutorService clients = Executors.newFixedThreadPool(SESSIONS);
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int s = 0; s < SESSIONS; s++) {
        int session = s;
        done.add(clients.submit(() -> {
          SparkSession spark = SparkSession.builder().remote(server.remoteUrl()).create();
          try {
            spark.range(session, session + 1).createOrReplaceTempView("mine");
            spark.conf().set("spark.sql.session.timeZone", "Etc/GMT+" + (session % 12));
            for (int q = 0; q < QUERIES_PER_SESSION; q++) {
              Work work = MIX.get((session + q) % MIX.size());
              long begin = System.nanoTime();
              Object answer = work.run().apply(spark);
              latencies.add(System.nanoTime() - begin);
              if (!answer.equals(work.expected().apply(session))) {
                wrong.incrementAndGet();
                wrongOnes.add(work.name() + " in session " + session + ": " + answer);
              }
            }
          } finally {
            spark.close();
          }
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get(30, TimeUnit.MINUTES);
      }
    } finally {
      clients.shutdownNow();
    }
    long wall = System.nanoTime() - start;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    report.add(String.format("concurrent: %d queries in %.1f s (%.1f queries/s), wrong results %d, p50 %d ms, "
        + "p99 %d ms, max %d ms", sorted.size(), wall / 1e9, sorted.size() / (wall / 1e9), wrong.get(),
        millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)), millis(sorted.get(sorted.size() - 1))));
    assertThat(wrongOnes).isEmpty();
    assertThat(sorted).hasSize(SESSIONS * QUERIES_PER_SESSION);
  }

  private static void interrupts(EmberServer server, List<String> report) throws Exception {
    List<Long> latencies = new ArrayList<>();
    SparkSession spark = SparkSession.builder().remote(server.remoteUrl()).create();
    try {
      for (int i = 0; i < INTERRUPTS; i++) {
        CompletableFuture<Long> failed = CompletableFuture.supplyAsync(() -> {
          try {
            spark.sql("SELECT count(*) FROM range(100000000000)").collect();
            return -1L;
          } catch (Exception expected) {
            // OPERATION_CANCELED (a SparkException, which Scala throws unchecked)
            return System.nanoTime();
          }
        });
        while (server.runningOperations().isEmpty()) {
          Thread.sleep(5);
        }
        long asked = System.nanoTime();
        assertThat(spark.interruptAll().size()).isEqualTo(1);
        long end = failed.get(5, TimeUnit.MINUTES);
        assertThat(end).isPositive();
        latencies.add(end - asked);
        while (!server.runningOperations().isEmpty()) {
          Thread.sleep(5);
        }
      }
    } finally {
      spark.close();
    }
    Collections.sort(latencies);
    report.add(String.format("interrupt: %d running queries, from interruptAll to the client's error p50 %d ms, max %d ms",
        latencies.size(), millis(percentile(latencies, 0.5)), millis(latencies.get(latencies.size() - 1))));
  }

  /**
   * Latency of a small query of one session alone, then beside two heavy queries of another that keep all of DuckDB's
   * threads busy (the cross product of a cached table with itself: DuckDB scans tables in parallel): DuckDB's
   * scheduler interleaves them (docs/server.md, "A fair share of DuckDB's threads").
   */
  private static void smallBesideHeavy(EmberServer server, List<String> report) throws Exception {
    SparkSession heavy = SparkSession.builder().remote(server.remoteUrl()).create();
    SparkSession small = SparkSession.builder().remote(server.remoteUrl()).create();
    ExecutorService heavyClients = Executors.newFixedThreadPool(2);
    try {
      var big = heavy.range(1_000_000).cache();
      assertThat(big.count()).isEqualTo(1_000_000L);
      big.createOrReplaceTempView("big");
      for (int i = 0; i < SMALL_QUERIES / 5; i++) {
        smallQuery(small);
      }
      List<Long> alone = smallQueries(small);
      List<Future<?>> heavyQueries = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        heavyQueries.add(heavyClients.submit(() -> {
          try {
            heavy.sql("SELECT sum(a.id * b.id % 7) AS s FROM big a, big b").collect();
          } catch (Exception expected) {
            // OPERATION_CANCELED once measured
          }
        }));
      }
      while (server.runningOperations().size() < 2) {
        Thread.sleep(5);
      }
      Thread.sleep(200);
      List<Long> beside = smallQueries(small);
      boolean heavyStillRunning = heavyQueries.stream().noneMatch(Future::isDone);
      heavy.interruptAll();
      for (Future<?> query : heavyQueries) {
        query.get(5, TimeUnit.MINUTES);
      }
      report.add(String.format("small beside heavy (DuckDB threads 2): small query alone p50 %d ms, p99 %d ms, max %d "
          + "ms; beside 2 heavy queries of another session p50 %d ms, p99 %d ms, max %d ms (%d each); heavy ones still "
          + "running after: %b", millis(percentile(alone, 0.5)), millis(percentile(alone, 0.99)),
          millis(alone.get(alone.size() - 1)), millis(percentile(beside, 0.5)), millis(percentile(beside, 0.99)),
          millis(beside.get(beside.size() - 1)), beside.size(), heavyStillRunning));
      assertThat(heavyStillRunning).isTrue();
    } finally {
      heavyClients.shutdownNow();
      heavy.close();
      small.close();
    }
  }

  /**
   * A server of its own with a 64 MB DuckDB memory limit: a distinct count that needs far more spills and gives the
   * right answer; a single list of ~600 MB (which cannot spill) fails with a Spark-style error; the server keeps
   * serving both sessions.
   */
  private static void overTheMemoryLimit(List<String> report) throws Exception {
    try (EmberServer small = EmberServer.start("127.0.0.1", 0, Map.of("spark.ember.duckdb.memoryLimit", "64MB"))) {
      SparkSession spark = SparkSession.builder().remote(small.remoteUrl()).create();
      SparkSession other = SparkSession.builder().remote(small.remoteUrl()).create();
      try {
        long begin = System.nanoTime();
        long distinct = spark.sql("SELECT count(DISTINCT concat('key-', CAST(id AS STRING), repeat('x', 40))) "
            + "FROM range(4000000)").first().getLong(0);
        long spilled = System.nanoTime() - begin;
        assertThat(distinct).isEqualTo(4_000_000L);
        String failure;
        try {
          spark.sql("SELECT size(collect_list(repeat('x', 100))) FROM range(6000000)").first();
          failure = "none: it fit";
        } catch (Exception error) {
          // Spark's error for a request its memory manager cannot grant, never DuckDB's text
          assertThat(error).isInstanceOf(org.apache.spark.SparkThrowable.class);
          String condition = ((org.apache.spark.SparkThrowable) error).getCondition();
          assertThat(condition).isEqualTo("UNABLE_TO_ACQUIRE_MEMORY");
          assertThat(error.getMessage()).doesNotContain("DuckDB");
          failure = error.getMessage().lines().findFirst().orElse("");
        }
        smallQuery(spark);
        smallQuery(other);
        report.add(String.format("over the memory limit (64 MB): a distinct count of 4M keys spilled and answered in "
            + "%d ms; a 600 MB list: %s; both sessions served after", millis(spilled), failure));
      } finally {
        spark.close();
        other.close();
      }
    }
  }

  private static final int SMALL_QUERIES = 50;

  /** The sorted latencies of {@link #SMALL_QUERIES} small queries. */
  private static List<Long> smallQueries(SparkSession spark) {
    List<Long> latencies = new ArrayList<>();
    for (int i = 0; i < SMALL_QUERIES; i++) {
      long begin = System.nanoTime();
      smallQuery(spark);
      latencies.add(System.nanoTime() - begin);
    }
    Collections.sort(latencies);
    return latencies;
  }

  private static void smallQuery(SparkSession spark) {
    assertThat(spark.range(100_000).selectExpr("sum(id) AS s").first().getLong(0)).isEqualTo(4_999_950_000L);
  }

  private static void openedAndReleased(EmberServer server, List<String> report) throws Exception {
    // one round first: the classes and pools a session needs are loaded
    SparkSession warm = SparkSession.builder().remote(server.remoteUrl()).create();
    warm.range(1).count();
    warm.close();
    System.gc();
    long[] before = resources();
    Map<String, Integer> beforeNames = threadNameCounts();
    ExecutorService clients = Executors.newFixedThreadPool(10);
    AtomicInteger opened = new AtomicInteger();
    long[] middle = null;
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < OPENED_AND_RELEASED; i++) {
        done.add(clients.submit(() -> {
          SparkSession spark = SparkSession.builder().remote(server.remoteUrl()).create();
          try {
            assertThat(spark.range(3).count()).isEqualTo(3L);
          } finally {
            spark.close();
          }
          opened.incrementAndGet();
          return null;
        }));
      }
      for (int i = 0; i < done.size(); i++) {
        done.get(i).get(30, TimeUnit.MINUTES);
        if (i == done.size() / 2) {
          middle = resources();
          report.add("threads by name halfway: " + threadNames(threadNameCounts()));
        }
      }
    } finally {
      clients.shutdownNow();
      clients.awaitTermination(1, TimeUnit.MINUTES);
    }
    // the clients' own leftovers (a ReleaseExecute sent after close retries on its closed channel) end by themselves
    long[] after = settled();
    report.add(String.format("open/release: %d sessions; before -> halfway -> after: threads %d -> %d -> %d, "
        + "fds %d -> %d -> %d, RSS %d MB -> %d MB -> %d MB, heap used %d MB -> %d MB, open server sessions after: %d",
        opened.get(), before[0], middle[0], after[0], before[1], middle[1], after[1],
        before[2] >> 20, middle[2] >> 20, after[2] >> 20, before[3] >> 20, after[3] >> 20,
        server.engine().sessionCount()));
    Map<String, Integer> afterNames = threadNameCounts();
    report.add("threads by name before: " + threadNames(beforeNames));
    report.add("threads by name after:  " + threadNames(afterNames));
    report.add("threads but the clients' gRPC executor: " + serverThreads(beforeNames) + " -> "
        + serverThreads(afterNames));
    assertThat(opened.get()).isEqualTo(OPENED_AND_RELEASED);
    // released sessions hold nothing: the server's threads (its request pool, Netty's event loops, its timers) stay
    // as they were; the clients' shared gRPC executor, a cached pool whose threads end a minute after their last task,
    // is not the server's (a ReleaseExecute sent after close retries on its closed channel there)
    assertThat(serverThreads(afterNames)).isLessThan(serverThreads(beforeNames) + 10);
    assertThat(after[1]).isLessThan(before[1] + 100);
    assertThat(server.engine().sessionCount()).isLessThanOrEqualTo(1);
  }

  /** The resources once the thread count has stopped falling (checked every second, for at most two minutes). */
  private static long[] settled() throws IOException, InterruptedException {
    long[] now = resources();
    for (int i = 0; i < 120; i++) {
      Thread.sleep(1000);
      System.gc();
      long[] next = resources();
      if (next[0] >= now[0] && i >= 5) {
        return next;
      }
      now = next;
    }
    return now;
  }

  /** The live threads, counted by name without digits (pools by their name). */
  private static Map<String, Integer> threadNameCounts() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      counts.merge(thread.getName().replaceAll("\\d+", "#"), 1, Integer::sum);
    }
    return counts;
  }

  /** The threads but the clients' shared gRPC executor and the test's own pool. */
  private static int serverThreads(Map<String, Integer> counts) {
    return counts.entrySet().stream().filter(entry -> !entry.getKey().equals("grpc-default-executor-#")
        && !entry.getKey().equals("pool-#-thread-#")).mapToInt(Map.Entry::getValue).sum();
  }

  private static String threadNames(Map<String, Integer> counts) {
    return counts.toString();
  }

  /** Threads, open file descriptors, resident memory and used heap of this process. */
  private static long[] resources() throws IOException {
    long fds;
    try (Stream<Path> entries = Files.list(Path.of("/proc/self/fd"))) {
      fds = entries.count();
    }
    long rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
        .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(0L);
    Runtime runtime = Runtime.getRuntime();
    return new long[] {ManagementFactory.getThreadMXBean().getThreadCount(), fds, rss,
        runtime.totalMemory() - runtime.freeMemory()};
  }

  private static long percentile(List<Long> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  private static long millis(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }
}
