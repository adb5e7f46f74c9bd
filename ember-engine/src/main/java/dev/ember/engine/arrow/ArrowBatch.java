package dev.ember.engine.arrow;

/** One complete Arrow IPC stream (schema message, one record batch, end of stream) and its row count. */
public record ArrowBatch(byte[] data, long rowCount) {
}
