package dev.ember;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/**
 * An Aggregator of one flat input reduces each group straight from the Arrow list of its inputs
 * ({@code connect.FlatGroupInputs}); a batch of many inputs is split into runs of groups reduced on several threads,
 * each with an aggregator of its own. The results are each group's inputs reduced in order, NULLs handed over as null.
 */
class FlatAggregateInputsTest {
  static final Set<String> THREADS = ConcurrentHashMap.newKeySet();

  @Test
  void groupsOfManyInputsAreReducedOnSeveralThreadsWithTheSameResults() {
    SparkSession spark = Ember.builder().create();
    long rows = 400_000;
    THREADS.clear();
    Map<Long, Row> byKey = new HashMap<>();
    for (Row row : spark.range(rows).select(col("id").mod(7).as("k"),
            when(col("id").mod(5).notEqual(0), col("id")).as("v"))
        .groupBy("k").agg(functions.udaf(new SumAndNulls(), Encoders.LONG()).apply(col("v")).as("s"))
        .collectAsList()) {
      byKey.put(row.getLong(0), row);
    }

    assertThat(byKey).hasSize(7);
    for (long k = 0; k < 7; k++) {
      long sum = 0;
      long nulls = 0;
      for (long id = k; id < rows; id += 7) {
        if (id % 5 == 0) {
          nulls++;
        } else {
          sum += id;
        }
      }
      // the sum times 1000 plus the NULLs seen, as SumAndNulls finishes it
      assertThat(byKey.get(k).getLong(1)).as("group " + k).isEqualTo(sum * 1000 + nulls);
    }
    if (Runtime.getRuntime().availableProcessors() > 1) {
      assertThat(THREADS).hasSizeGreaterThan(1);
    }
  }

  /** Sums its inputs (times 1000) and counts the NULLs; fails when one instance is reduced on two threads at once. */
  static final class SumAndNulls extends Aggregator<Long, Long, Long> {
    private transient volatile boolean reducing;

    @Override
    public Long zero() {
      return 0L;
    }

    @Override
    public Long reduce(Long buffer, Long value) {
      if (reducing) {
        throw new IllegalStateException("one aggregator reduced on two threads at once");
      }
      reducing = true;
      THREADS.add(Thread.currentThread().getName());
      reducing = false;
      return value == null ? buffer + 1 : buffer + value * 1000;
    }

    @Override
    public Long merge(Long left, Long right) {
      return left + right;
    }

    @Override
    public Long finish(Long buffer) {
      return buffer;
    }

    @Override
    public Encoder<Long> bufferEncoder() {
      return Encoders.LONG();
    }

    @Override
    public Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }
}
