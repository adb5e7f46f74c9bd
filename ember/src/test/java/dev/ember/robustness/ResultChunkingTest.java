package dev.ember.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.EmberServer;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.sparkproject.io.grpc.CallOptions;
import org.sparkproject.io.grpc.Channel;
import org.sparkproject.io.grpc.ClientCall;
import org.sparkproject.io.grpc.ClientInterceptor;
import org.sparkproject.io.grpc.ForwardingClientCall;
import org.sparkproject.io.grpc.ForwardingClientCallListener;
import org.sparkproject.io.grpc.Metadata;
import org.sparkproject.io.grpc.MethodDescriptor;

/**
 * Spark 4.1's result chunking over a server: with {@code spark.connect.session.resultChunking.maxChunkSize} small,
 * each Arrow batch arrives in pieces of at most that size, which the client puts back together into the same rows.
 */
class ResultChunkingTest {
  @Test
  void batchesArriveInChunksTheClientReassembles() throws Exception {
    AtomicLong chunked = new AtomicLong();
    AtomicLong largest = new AtomicLong();
    try (EmberServer server = EmberServer.start("127.0.0.1", 0);
        SparkSession spark = org.apache.spark.sql.connect.SparkSession.builder().remote(server.remoteUrl())
            .interceptor(counting(chunked, largest)).create()) {
      spark.conf().set("spark.connect.session.resultChunking.maxChunkSize", "1024");
      List<Row> rows = spark.sql("SELECT id, CAST(id + 0.5 AS DOUBLE) AS d FROM range(0, 2000)").collectAsList();
      assertThat(rows).hasSize(2000);
      assertThat(rows.get(1999).getLong(0)).isEqualTo(1999L);
      assertThat(rows.get(1999).getDouble(1)).isEqualTo(1999.5);
      assertThat(chunked.get()).isGreaterThan(1);
      assertThat(largest.get()).isLessThanOrEqualTo(1024);
    }
  }

  /** Counts the Arrow batch responses that are pieces of a larger batch, and the largest piece. */
  private static ClientInterceptor counting(AtomicLong chunked, AtomicLong largest) {
    return new ClientInterceptor() {
      @Override
      public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
          @Override
          public void start(Listener<R> listener, Metadata headers) {
            super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
              @Override
              public void onMessage(R message) {
                if (message instanceof ExecutePlanResponse response && response.hasArrowBatch()
                    && response.getArrowBatch().getNumChunksInBatch() > 1) {
                  chunked.incrementAndGet();
                  largest.accumulateAndGet(response.getArrowBatch().getData().size(), Math::max);
                }
                super.onMessage(message);
              }
            }, headers);
          }
        };
      }
    };
  }
}
