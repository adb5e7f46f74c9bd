package dev.ember.connect;

import dev.ember.engine.EngineSession;
import java.util.function.Consumer;
import org.apache.spark.connect.proto.ExecutePlanRequest;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.sparkproject.com.google.protobuf.ByteString;

/**
 * Spark 4.1's result chunking: when the client allows it ({@code ResultChunkingOptions}) and
 * {@code spark.connect.session.resultChunking.maxChunkSize} is above 0, each Arrow batch goes out in pieces of at
 * most that many bytes (or the client's preferred size, if between 1 KiB and that), every piece carrying the batch's
 * row count and offset and its own index among the batch's pieces, so that rows larger than a message still stream.
 */
record ResultChunks(long maxChunkSize) {
  static final String MAX_CHUNK_SIZE = "spark.connect.session.resultChunking.maxChunkSize";
  /** Spark's default: 90% of the 128 MiB gRPC message limit. */
  private static final long DEFAULT_MAX_CHUNK_SIZE = (long) (128 * 1024 * 1024 * 0.9);
  private static final long MIN_PREFERRED_SIZE = 1024;

  /** The chunking a request asks for; a chunk size of 0 or less sends batches whole. */
  static ResultChunks of(ExecutePlanRequest request, EngineSession session) {
    long configured = dev.ember.engine.ConfNumbers.bytes(MAX_CHUNK_SIZE,
        session.conf().getOrDefault(MAX_CHUNK_SIZE, Long.toString(DEFAULT_MAX_CHUNK_SIZE)));
    for (var option : request.getRequestOptionsList()) {
      if (option.hasResultChunkingOptions() && option.getResultChunkingOptions().getAllowArrowBatchChunking()
          && configured > 0) {
        var chunking = option.getResultChunkingOptions();
        long preferred = chunking.hasPreferredArrowChunkSize() ? chunking.getPreferredArrowChunkSize() : -1;
        return new ResultChunks(preferred >= MIN_PREFERRED_SIZE && preferred <= configured ? preferred : configured);
      }
    }
    return new ResultChunks(0);
  }

  /** {@code send}, with each Arrow batch response split as this chunking says. */
  Consumer<ExecutePlanResponse.Builder> sender(Consumer<ExecutePlanResponse.Builder> send) {
    if (maxChunkSize <= 0) {
      return send;
    }
    return response -> {
      if (!response.hasArrowBatch()) {
        send.accept(response);
        return;
      }
      ExecutePlanResponse.ArrowBatch batch = response.getArrowBatch();
      ByteString data = batch.getData();
      long chunks = Math.max(1, (data.size() + maxChunkSize - 1) / maxChunkSize);
      for (long index = 0; index < chunks; index++) {
        int from = (int) (index * maxChunkSize);
        int to = (int) Math.min(from + maxChunkSize, data.size());
        ExecutePlanResponse.Builder chunk = response.clone().setArrowBatch(batch.toBuilder()
            .setData(data.substring(from, to)).setChunkIndex(index).setNumChunksInBatch(chunks));
        // a schema sent with the batch goes with its first chunk only
        send.accept(index == 0 ? chunk : chunk.clearSchema());
      }
    };
  }
}
