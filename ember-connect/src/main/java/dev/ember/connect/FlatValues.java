package dev.ember.connect;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.Map;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;

/**
 * The encoders that hand user code a flat value as it is (a boxed or primitive number, a boolean, a string): a function
 * reading and writing only these may run inside DuckDB's SQL ({@link ScalaRowFunction}) with the values DuckDB gives.
 */
final class FlatValues {
  private static final Map<AgnosticEncoder<?>, DataType> ENCODERS = Map.ofEntries(
      Map.entry(AgnosticEncoders.PrimitiveBooleanEncoder$.MODULE$, AtomicType.BOOLEAN),
      Map.entry(AgnosticEncoders.BoxedBooleanEncoder$.MODULE$, AtomicType.BOOLEAN),
      Map.entry(AgnosticEncoders.PrimitiveByteEncoder$.MODULE$, AtomicType.BYTE),
      Map.entry(AgnosticEncoders.BoxedByteEncoder$.MODULE$, AtomicType.BYTE),
      Map.entry(AgnosticEncoders.PrimitiveShortEncoder$.MODULE$, AtomicType.SHORT),
      Map.entry(AgnosticEncoders.BoxedShortEncoder$.MODULE$, AtomicType.SHORT),
      Map.entry(AgnosticEncoders.PrimitiveIntEncoder$.MODULE$, AtomicType.INTEGER),
      Map.entry(AgnosticEncoders.BoxedIntEncoder$.MODULE$, AtomicType.INTEGER),
      Map.entry(AgnosticEncoders.PrimitiveLongEncoder$.MODULE$, AtomicType.LONG),
      Map.entry(AgnosticEncoders.BoxedLongEncoder$.MODULE$, AtomicType.LONG),
      Map.entry(AgnosticEncoders.PrimitiveFloatEncoder$.MODULE$, AtomicType.FLOAT),
      Map.entry(AgnosticEncoders.BoxedFloatEncoder$.MODULE$, AtomicType.FLOAT),
      Map.entry(AgnosticEncoders.PrimitiveDoubleEncoder$.MODULE$, AtomicType.DOUBLE),
      Map.entry(AgnosticEncoders.BoxedDoubleEncoder$.MODULE$, AtomicType.DOUBLE),
      Map.entry(AgnosticEncoders.StringEncoder$.MODULE$, AtomicType.STRING));

  private FlatValues() {
  }

  /** Whether {@code encoder} reads or writes values of {@code type} as they are. */
  static boolean handles(AgnosticEncoder<?> encoder, DataType type) {
    return type.equals(ENCODERS.get(encoder));
  }

  /**
   * {@code value} as a result of {@code type}: the cast Spark's Arrow serializer makes of it, which fails alike (a
   * {@code ClassCastException}) for a value of another class.
   */
  static Object result(Object value, DataType type) {
    if (value == null) {
      return null;
    }
    return switch ((AtomicType) type) {
      case BOOLEAN -> (Boolean) value;
      case BYTE -> (Byte) value;
      case SHORT -> (Short) value;
      case INTEGER -> (Integer) value;
      case LONG -> (Long) value;
      case FLOAT -> (Float) value;
      case DOUBLE -> (Double) value;
      default -> (String) value;
    };
  }
}
