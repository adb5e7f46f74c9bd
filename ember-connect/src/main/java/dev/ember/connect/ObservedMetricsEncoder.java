package dev.ember.connect;

import dev.ember.engine.QueryResult;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.StructField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.apache.spark.connect.proto.Expression.Literal;
import org.sparkproject.com.google.protobuf.ByteString;

/**
 * The response that completes a client's {@code Observation}: the metrics row as literals, keyed by
 * the metric names, under the observation's name and plan id (what Spark Connect's server sends).
 */
final class ObservedMetricsEncoder {
  private ObservedMetricsEncoder() {
  }

  static ExecutePlanResponse.ObservedMetrics encode(String name, long planId, QueryResult metrics) {
    ExecutePlanResponse.ObservedMetrics.Builder builder = ExecutePlanResponse.ObservedMetrics.newBuilder()
        .setName(name).setPlanId(planId);
    Object[] row = metrics.rows().get(0);
    List<StructField> fields = metrics.schema().fields();
    for (int i = 0; i < fields.size(); i++) {
      builder.addKeys(fields.get(i).name());
      builder.addValues(literal(row[i], fields.get(i).dataType()));
    }
    return builder.build();
  }

  /** The metrics of an observation whose evaluation failed: its name and plan id, and the error. */
  static ExecutePlanResponse.ObservedMetrics failed(String name, long planId, dev.ember.plan.errors.EmberException error) {
    return ExecutePlanResponse.ObservedMetrics.newBuilder().setName(name).setPlanId(planId)
        .setRootErrorIdx(0).addErrors(ErrorEncoder.errorDetails(error)).build();
  }

  static Literal literal(Object value, DataType type) {
    Literal.Builder literal = Literal.newBuilder();
    if (value == null) {
      return literal.setNull(DataTypes.toProto(type)).build();
    }
    if (type instanceof DecimalType decimal) {
      return literal.setDecimal(Literal.Decimal.newBuilder().setValue(((BigDecimal) value).toPlainString())
          .setPrecision(decimal.precision()).setScale(decimal.scale())).build();
    }
    if (type instanceof ArrayType array) {
      Literal.Array.Builder elements = Literal.Array.newBuilder().setElementType(DataTypes.toProto(array.elementType()));
      ((List<?>) value).forEach(element -> elements.addElements(literal(element, array.elementType())));
      return literal.setArray(elements).build();
    }
    if (type instanceof dev.ember.plan.types.MapType map) {
      Literal.Map.Builder entries = Literal.Map.newBuilder().setKeyType(DataTypes.toProto(map.keyType()))
          .setValueType(DataTypes.toProto(map.valueType()));
      ((java.util.Map<?, ?>) value).forEach((key, entry) -> {
        entries.addKeys(literal(key, map.keyType()));
        entries.addValues(literal(entry, map.valueType()));
      });
      return literal.setMap(entries).build();
    }
    if (type instanceof dev.ember.plan.types.StructType struct) {
      Literal.Struct.Builder fields = Literal.Struct.newBuilder().setStructType(DataTypes.toProto(struct));
      List<?> values = (List<?>) value;
      for (int i = 0; i < struct.fields().size(); i++) {
        fields.addElements(literal(values.get(i), struct.fields().get(i).dataType()));
      }
      return literal.setStruct(fields).build();
    }
    if (!(type instanceof AtomicType atomic)) {
      throw unsupported(type);
    }
    return switch (atomic) {
      case BOOLEAN -> literal.setBoolean((Boolean) value).build();
      case BYTE -> literal.setByte(((Number) value).byteValue()).build();
      case SHORT -> literal.setShort(((Number) value).shortValue()).build();
      case INTEGER -> literal.setInteger(((Number) value).intValue()).build();
      case LONG -> literal.setLong(((Number) value).longValue()).build();
      case FLOAT -> literal.setFloat(((Number) value).floatValue()).build();
      case DOUBLE -> literal.setDouble(((Number) value).doubleValue()).build();
      case STRING -> literal.setString(value.toString()).build();
      case BINARY -> literal.setBinary(ByteString.copyFrom((byte[]) value)).build();
      case DATE -> literal.setDate((int) ((LocalDate) value).toEpochDay()).build();
      case TIMESTAMP -> literal.setTimestamp(ChronoUnit.MICROS.between(Instant.EPOCH, (Instant) value)).build();
      case TIMESTAMP_NTZ -> literal.setTimestampNtz(
          ChronoUnit.MICROS.between(Instant.EPOCH, ((LocalDateTime) value).toInstant(ZoneOffset.UTC))).build();
      default -> throw unsupported(type);
    };
  }

  private static RuntimeException unsupported(DataType type) {
    return SparkErrors.unsupported("UNSUPPORTED_FEATURE.LITERAL_TYPE", "0A000",
        "The feature is not supported: Literal for '" + type + "' of observed metrics.",
        Map.of("value", type.toString(), "type", "observed metric"));
  }
}
