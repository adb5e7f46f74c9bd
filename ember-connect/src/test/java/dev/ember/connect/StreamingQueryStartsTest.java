package dev.ember.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ember.plan.errors.EmberException;
import org.apache.spark.connect.proto.Filter;
import org.apache.spark.connect.proto.Read;
import org.apache.spark.connect.proto.Relation;
import org.junit.jupiter.api.Test;

class StreamingQueryStartsTest {
  @Test
  void processingTimeIntervalsAreReadAsSparkReadsThem() {
    assertEquals(0, StreamingQueryStarts.intervalMillis("0 seconds"));
    assertEquals(5_000, StreamingQueryStarts.intervalMillis("5 seconds"));
    assertEquals(90_000, StreamingQueryStarts.intervalMillis("interval 1 minute 30 seconds"));
    assertEquals(200, StreamingQueryStarts.intervalMillis("200 milliseconds"));
    assertEquals(1_500, StreamingQueryStarts.intervalMillis("1500"));
    EmberException error = assertThrows(EmberException.class, () -> StreamingQueryStarts.intervalMillis("soon"));
    assertEquals("INVALID_INTERVAL_FORMAT.UNRECOGNIZED_NUMBER", error.errorClass());
    assertTrue(error.getMessage().startsWith("[INVALID_INTERVAL_FORMAT.UNRECOGNIZED_NUMBER] Error parsing 'soon' to "
        + "interval."), error.getMessage());
  }

  @Test
  void aRelationIsStreamingWhenItReadsAStreamAnywhere() {
    Relation stream = Relation.newBuilder().setRead(Read.newBuilder().setIsStreaming(true)
        .setDataSource(Read.DataSource.newBuilder().setFormat("src"))).build();
    Relation batch = Relation.newBuilder().setRead(Read.newBuilder()
        .setDataSource(Read.DataSource.newBuilder().setFormat("src"))).build();
    assertTrue(StreamingQueryStarts.isStreaming(Relation.newBuilder().setFilter(Filter.newBuilder()
        .setInput(stream)).build()));
    assertFalse(StreamingQueryStarts.isStreaming(Relation.newBuilder().setFilter(Filter.newBuilder()
        .setInput(batch)).build()));
  }
}
