package dev.ember.engine;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The columns a {@code SELECT TRANSFORM} script's output lines are read into, as Spark reads them without a serde:
 * a line split on the field delimiter (with {@code -1}: empty fields count), missing fields NULL, the NULL text
 * NULL; when schema-less, the first two fields of the line split without {@code -1}, as they are. A value of a type
 * Spark reads with Java's own parsers (booleans, numbers, decimals, bytes) is read here the same way, text that does
 * not parse giving NULL; other types stay text, for the SQL to cast ({@link #stageType}).
 */
public record ScriptFields(List<DataType> types, String fieldDelimiter, String nullValue, boolean schemaLess) {
  private static final Set<DataType> PARSED_HERE = Set.of(AtomicType.STRING, AtomicType.BOOLEAN, AtomicType.BYTE,
      AtomicType.SHORT, AtomicType.INTEGER, AtomicType.LONG, AtomicType.FLOAT, AtomicType.DOUBLE, AtomicType.BINARY);

  public ScriptFields {
    types = List.copyOf(types);
  }

  /** The type a column of {@code declared} type leaves the script's stage as: itself, or its text. */
  public static DataType stageType(DataType declared) {
    return PARSED_HERE.contains(declared) || declared instanceof DecimalType ? declared : AtomicType.STRING;
  }

  /** The stage's columns: {@code _c0, _c1, ...} of the stage types. */
  StructType schema() {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      fields.add(new StructField("_c" + i, types.get(i), true));
    }
    return new StructType(fields);
  }

  /** A line's fields, one per column (null for NULL). */
  String[] split(String line) {
    String[] values = new String[types.size()];
    if (schemaLess) {
      String[] parts = line.split(fieldDelimiter);
      for (int i = 0; i < values.length && i < parts.length; i++) {
        values[i] = parts[i];
      }
      return values;
    }
    String[] parts = line.split(fieldDelimiter, -1);
    for (int i = 0; i < values.length && i < parts.length; i++) {
      values[i] = parts[i].equals(nullValue) ? null : parts[i];
    }
    return values;
  }

  /** {@code rows} as an Arrow IPC stream of the stage's columns. */
  byte[] write(BufferAllocator allocator, List<String[]> rows) {
    try (VectorSchemaRoot root = VectorSchemaRoot.create(
        dev.ember.engine.arrow.SparkArrowSchemas.of(schema(), "UTC"), allocator)) {
      root.allocateNew();
      for (int column = 0; column < types.size(); column++) {
        FieldVector vector = root.getVector(column);
        for (int row = 0; row < rows.size(); row++) {
          dev.ember.engine.arrow.RowBatchEncoder.write(vector, row, parse(rows.get(row)[column], types.get(column)));
        }
        vector.setValueCount(rows.size());
      }
      root.setRowCount(rows.size());
      return ScriptProcess.ipc(root);
    }
  }

  /** Spark's reading of a field (Scala's {@code toInt}, {@code toBoolean}, {@code BigDecimal(...)}): NULL if it fails. */
  private static Object parse(String text, DataType type) {
    if (text == null) {
      return null;
    }
    try {
      if (type == AtomicType.STRING) {
        return text;
      }
      if (type == AtomicType.BOOLEAN) {
        return text.equalsIgnoreCase("true") ? Boolean.TRUE : text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
      }
      if (type == AtomicType.BYTE) {
        return Byte.parseByte(text);
      }
      if (type == AtomicType.SHORT) {
        return Short.parseShort(text);
      }
      if (type == AtomicType.INTEGER) {
        return Integer.parseInt(text);
      }
      if (type == AtomicType.LONG) {
        return Long.parseLong(text);
      }
      if (type == AtomicType.FLOAT) {
        return Float.parseFloat(text);
      }
      if (type == AtomicType.DOUBLE) {
        return Double.parseDouble(text);
      }
      if (type == AtomicType.BINARY) {
        return text.getBytes(StandardCharsets.UTF_8);
      }
      DecimalType decimal = (DecimalType) type;
      BigDecimal value = new BigDecimal(text, MathContext.DECIMAL128).setScale(decimal.scale(), RoundingMode.HALF_UP);
      // beyond the type's precision: NULL
      return value.precision() - value.scale() > decimal.precision() - decimal.scale() ? null : value;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }
}
