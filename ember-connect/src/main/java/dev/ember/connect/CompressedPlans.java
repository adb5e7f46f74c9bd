package dev.ember.connect;

import com.github.luben.zstd.ZstdInputStream;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.io.IOException;
import java.io.InputStream;
import org.apache.spark.connect.proto.Command;
import org.apache.spark.connect.proto.CompressionCodec;
import org.apache.spark.connect.proto.Plan;
import org.apache.spark.connect.proto.Relation;
import org.sparkproject.com.google.protobuf.CodedInputStream;

/**
 * Plans the client sends compressed (above {@code spark.connect.session.planCompression.threshold}, with
 * ZSTD): the relation or command they hold, parsed with the same nesting limit as any request.
 */
final class CompressedPlans {
  /** The server's {@code spark.connect.grpc.marshallerRecursionLimit}. */
  private final int nestingLimit;

  CompressedPlans(int nestingLimit) {
    this.nestingLimit = nestingLimit;
  }

  /** The plan itself, or the operation it carries compressed. */
  Plan decompressed(Plan plan) {
    if (!plan.hasCompressedOperation()) {
      return plan;
    }
    Plan.CompressedOperation operation = plan.getCompressedOperation();
    if (operation.getCompressionCodec() != CompressionCodec.COMPRESSION_CODEC_ZSTD) {
      throw invalid("the compression codec " + operation.getCompressionCodec() + " is not supported");
    }
    try (InputStream bytes = new ZstdInputStream(operation.getData().newInput())) {
      CodedInputStream input = CodedInputStream.newInstance(bytes);
      input.setRecursionLimit(nestingLimit);
      input.setSizeLimit(Integer.MAX_VALUE);
      return switch (operation.getOpType()) {
        case OP_TYPE_RELATION -> Plan.newBuilder().setRoot(Relation.parseFrom(input)).build();
        case OP_TYPE_COMMAND -> Plan.newBuilder().setCommand(Command.parseFrom(input)).build();
        default -> throw invalid("the compressed operation type " + operation.getOpType() + " is not supported");
      };
    } catch (IOException e) {
      throw invalid("the compressed plan cannot be read: " + e.getMessage());
    }
  }

  /** Spark's server raises InvalidPlanInput, which reaches the client without an error class. */
  private static EmberException invalid(String reason) {
    return EmberException.withoutErrorClass(ErrorKind.JAVA_ILLEGAL_ARGUMENT, "Invalid compressed plan: " + reason);
  }
}
