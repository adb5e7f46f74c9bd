package dev.ember.connect;

import java.util.function.Consumer;
import org.apache.spark.connect.proto.DataType;
import org.apache.spark.connect.proto.ExecutePlanResponse;

/**
 * A result's responses with its schema in the first of them (its first Arrow batch), or alone when no batch follows
 * ({@link #finish}): one response fewer than Spark's server sends (a schema response, then the batches), each of which
 * the in-process client wakes up for. Spark Connect's clients read a response's schema before its batch (the JVM
 * client's {@code SparkResult}, PySpark's {@code _execute_and_fetch_as_iterator}), and the schema is a field of its own
 * beside the response's type, so the two may travel together.
 */
final class SchemaWithFirstBatch implements Consumer<ExecutePlanResponse.Builder> {
  private final Consumer<ExecutePlanResponse.Builder> send;
  private DataType schema;

  SchemaWithFirstBatch(DataType schema, Consumer<ExecutePlanResponse.Builder> send) {
    this.schema = schema;
    this.send = send;
  }

  @Override
  public void accept(ExecutePlanResponse.Builder response) {
    if (schema != null) {
      response.setSchema(schema);
      schema = null;
    }
    send.accept(response);
  }

  /** Sends the schema alone if no response took it (an empty result that sent no batch). */
  void finish() {
    if (schema != null) {
      send.accept(ExecutePlanResponse.newBuilder().setSchema(schema));
      schema = null;
    }
  }
}
