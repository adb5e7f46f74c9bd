/**
 * Streaming queries run as Spark's {@code MicroBatchExecution} runs them, for stateless queries: a thread per query
 * that asks its source for the offsets of the next micro-batch, runs the query over the rows between them (the sink
 * writes the result), commits the source, and starts the next as its trigger says ({@link MicroBatchQuery}); a
 * session's queries ({@link StreamingQueries}) stop with it. Nothing here knows protos: the front end gives the
 * source ({@link MicroBatchSource}) and what runs each batch.
 */
package dev.ember.engine.streaming;
