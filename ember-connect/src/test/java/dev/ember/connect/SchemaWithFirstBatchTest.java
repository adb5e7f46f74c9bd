package dev.ember.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.sparkproject.com.google.protobuf.ByteString;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.connect.proto.DataType;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.junit.jupiter.api.Test;

/** A result's schema goes out with its first Arrow batch (and its first chunk), or alone when no batch follows. */
class SchemaWithFirstBatchTest {
  private static final DataType SCHEMA = DataType.newBuilder().setStruct(DataType.Struct.newBuilder()
      .addFields(DataType.StructField.newBuilder().setName("id").setDataType(DataType.newBuilder()
          .setLong(DataType.Long.getDefaultInstance())))).build();

  @Test
  void theSchemaTravelsWithTheFirstBatchOnly() {
    List<ExecutePlanResponse> sent = new ArrayList<>();
    SchemaWithFirstBatch result = new SchemaWithFirstBatch(SCHEMA, response -> sent.add(response.build()));
    result.accept(batch(1, 0));
    result.accept(batch(1, 1));
    result.finish();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).getSchema()).isEqualTo(SCHEMA);
    assertThat(sent.get(0).hasArrowBatch()).isTrue();
    assertThat(sent.get(1).hasSchema()).isFalse();
  }

  @Test
  void anEmptyResultSendsTheSchemaAlone() {
    List<ExecutePlanResponse> sent = new ArrayList<>();
    new SchemaWithFirstBatch(SCHEMA, response -> sent.add(response.build())).finish();
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).getSchema()).isEqualTo(SCHEMA);
    assertThat(sent.get(0).hasArrowBatch()).isFalse();
  }

  @Test
  void aChunkedBatchCarriesTheSchemaInItsFirstChunk() {
    List<ExecutePlanResponse> sent = new ArrayList<>();
    SchemaWithFirstBatch result = new SchemaWithFirstBatch(SCHEMA,
        new ResultChunks(4).sender(response -> sent.add(response.build())));
    result.accept(ExecutePlanResponse.newBuilder().setArrowBatch(ExecutePlanResponse.ArrowBatch.newBuilder()
        .setRowCount(1).setStartOffset(0).setData(ByteString.copyFromUtf8("0123456789"))));
    assertThat(sent).hasSize(3);
    assertThat(sent).extracting(ExecutePlanResponse::hasSchema).containsExactly(true, false, false);
    assertThat(sent).extracting(response -> response.getArrowBatch().getData().toStringUtf8())
        .containsExactly("0123", "4567", "89");
  }

  private static ExecutePlanResponse.Builder batch(long rows, long offset) {
    return ExecutePlanResponse.newBuilder().setArrowBatch(ExecutePlanResponse.ArrowBatch.newBuilder()
        .setRowCount(rows).setStartOffset(offset).setData(ByteString.copyFromUtf8("batch")));
  }
}
