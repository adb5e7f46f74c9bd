package dev.ember.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.luben.zstd.Zstd;
import dev.ember.plan.errors.EmberException;
import org.apache.spark.connect.proto.CompressionCodec;
import org.apache.spark.connect.proto.Plan;
import org.apache.spark.connect.proto.Range;
import org.apache.spark.connect.proto.Relation;
import org.junit.jupiter.api.Test;
import org.sparkproject.com.google.protobuf.ByteString;

class CompressedPlansTest {
  private static final Relation RANGE = Relation.newBuilder().setRange(Range.newBuilder().setEnd(10).setStep(1)).build();

  @Test
  void aPlanWithoutCompressionIsItself() {
    Plan plan = Plan.newBuilder().setRoot(RANGE).build();
    assertThat(new CompressedPlans(1024).decompressed(plan)).isSameAs(plan);
  }

  @Test
  void aZstdCompressedRelationIsReadBack() {
    Plan plan = compressed(ByteString.copyFrom(Zstd.compress(RANGE.toByteArray())));
    assertThat(new CompressedPlans(1024).decompressed(plan).getRoot()).isEqualTo(RANGE);
  }

  @Test
  void corruptDataIsAnErrorOfThePlanNotACrash() {
    Plan plan = compressed(ByteString.copyFromUtf8("not zstd at all"));
    assertThatThrownBy(() -> new CompressedPlans(1024).decompressed(plan)).isInstanceOf(EmberException.class)
        .hasMessageContaining("Invalid compressed plan");
  }

  private static Plan compressed(ByteString data) {
    return Plan.newBuilder().setCompressedOperation(Plan.CompressedOperation.newBuilder().setData(data)
        .setOpType(Plan.CompressedOperation.OpType.OP_TYPE_RELATION)
        .setCompressionCodec(CompressionCodec.COMPRESSION_CODEC_ZSTD)).build();
  }
}
