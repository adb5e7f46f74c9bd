package dev.ember.engine.orc;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hive.ql.exec.vector.BytesColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.ColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.DecimalColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.DoubleColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.ListColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.LongColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.MapColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.StructColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.TimestampColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.VectorizedRowBatch;
import org.apache.orc.OrcConf;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.apache.orc.RecordReader;
import org.apache.orc.TypeDescription;

/**
 * Reads ORC files as rows of Java values (the engine's representation: {@code Instant} timestamps, {@code
 * LocalDateTime} for {@code timestamp_ntz}, lists for arrays and structs, maps; intervals as the engine stores them,
 * microseconds and months), as Spark's ORC reader gives them:
 * the file's columns matched to the schema's by name (ignoring case unless asked), a column the file lacks null.
 * Timestamps are read as Spark reads them, in the JVM's time zone (Ember runs in UTC, as the writer does).
 */
public final class OrcRowReader {
  private OrcRowReader() {
  }

  /** The Spark schema of a file; none when it has no column (or no bytes). */
  public static Optional<StructType> schema(java.nio.file.Path file) throws IOException {
    try (Reader reader = open(file, OrcFileSystem.conf())) {
      return OrcSchemas.toSpark(reader.getSchema());
    }
  }

  /** Hands {@code file}'s rows in the read's schema to {@code batches}, at most {@code batchRows} at a time. */
  public static void read(java.nio.file.Path file, OrcRead read, int batchRows, Consumer<List<Object[]>> batches)
      throws IOException {
    StructType schema = read.schema();
    Configuration conf = new Configuration(OrcFileSystem.conf());
    OrcConf.IS_SCHEMA_EVOLUTION_CASE_SENSITIVE.setBoolean(conf, read.caseSensitive());
    TypeDescription readSchema = OrcSchemas.toOrc(schema);
    try (Reader reader = open(file, conf);
        RecordReader rows = reader.rows(new Reader.Options(conf).schema(readSchema))) {
      int[] charLengths = read.inferred() ? charLengths(readSchema, reader.getSchema()) : new int[schema.fields().size()];
      VectorizedRowBatch batch = readSchema.createRowBatch(batchRows);
      while (rows.nextBatch(batch)) {
        List<Object[]> out = new ArrayList<>(batch.size);
        for (int row = 0; row < batch.size; row++) {
          Object[] values = new Object[schema.fields().size()];
          for (int column = 0; column < values.length; column++) {
            values[column] = value(batch.cols[column], row, schema.fields().get(column).dataType());
            if (charLengths[column] > 0 && values[column] instanceof String text) {
              values[column] = padded(text, charLengths[column]);
            }
          }
          out.add(values);
        }
        batches.accept(out);
      }
    }
  }

  /**
   * The length of each top-level column the file stores as {@code char(n)} (0 for the others): Spark reads such a
   * column of the files' own schema as a string padded with spaces to n ({@code spark.sql.readSideCharPadding}).
   */
  private static int[] charLengths(TypeDescription readSchema, TypeDescription fileSchema) {
    int[] lengths = new int[readSchema.getFieldNames().size()];
    for (int i = 0; i < lengths.length; i++) {
      int index = fileSchema.getFieldNames().indexOf(readSchema.getFieldNames().get(i));
      if (index >= 0 && fileSchema.getChildren().get(index).getCategory() == TypeDescription.Category.CHAR) {
        lengths[i] = fileSchema.getChildren().get(index).getMaxLength();
      }
    }
    return lengths;
  }

  private static String padded(String text, int length) {
    int characters = text.codePointCount(0, text.length());
    return characters >= length ? text : text + " ".repeat(length - characters);
  }

  private static Reader open(java.nio.file.Path file, Configuration conf) throws IOException {
    return OrcFile.createReader(OrcFileSystem.path(file),
        OrcFile.readerOptions(conf).filesystem(OrcFileSystem.fileSystem()));
  }

  static Object value(ColumnVector vector, int index, DataType type) {
    int row = vector.isRepeating ? 0 : index;
    if (!vector.noNulls && vector.isNull[row]) {
      return null;
    }
    if (type instanceof DecimalType decimal) {
      return ((DecimalColumnVector) vector).vector[row].getHiveDecimal().bigDecimalValue().setScale(decimal.scale());
    }
    if (type instanceof DayTimeIntervalType) {
      return ((LongColumnVector) vector).vector[row];
    }
    if (type instanceof YearMonthIntervalType) {
      return (int) ((LongColumnVector) vector).vector[row];
    }
    if (type instanceof ArrayType array) {
      ListColumnVector list = (ListColumnVector) vector;
      int start = (int) list.offsets[row];
      List<Object> elements = new ArrayList<>((int) list.lengths[row]);
      for (int i = 0; i < list.lengths[row]; i++) {
        elements.add(value(list.child, start + i, array.elementType()));
      }
      return elements;
    }
    if (type instanceof MapType map) {
      MapColumnVector entries = (MapColumnVector) vector;
      int start = (int) entries.offsets[row];
      Map<Object, Object> result = new LinkedHashMap<>();
      for (int i = 0; i < entries.lengths[row]; i++) {
        result.put(value(entries.keys, start + i, map.keyType()), value(entries.values, start + i, map.valueType()));
      }
      return result;
    }
    if (type instanceof StructType struct) {
      StructColumnVector fields = (StructColumnVector) vector;
      List<Object> values = new ArrayList<>(fields.fields.length);
      for (int i = 0; i < fields.fields.length; i++) {
        values.add(value(fields.fields[i], row, struct.fields().get(i).dataType()));
      }
      return values;
    }
    return atomic(vector, row, (AtomicType) type);
  }

  private static Object atomic(ColumnVector vector, int row, AtomicType type) {
    switch (type) {
      case BOOLEAN:
        return ((LongColumnVector) vector).vector[row] != 0;
      case BYTE:
        return (byte) ((LongColumnVector) vector).vector[row];
      case SHORT:
        return (short) ((LongColumnVector) vector).vector[row];
      case INTEGER:
        return (int) ((LongColumnVector) vector).vector[row];
      case LONG:
        return ((LongColumnVector) vector).vector[row];
      case FLOAT:
        return (float) ((DoubleColumnVector) vector).vector[row];
      case DOUBLE:
        return ((DoubleColumnVector) vector).vector[row];
      case STRING: {
        BytesColumnVector bytes = (BytesColumnVector) vector;
        return new String(bytes.vector[row], bytes.start[row], bytes.length[row], StandardCharsets.UTF_8);
      }
      case BINARY: {
        BytesColumnVector bytes = (BytesColumnVector) vector;
        return Arrays.copyOfRange(bytes.vector[row], bytes.start[row], bytes.start[row] + bytes.length[row]);
      }
      case DATE:
        return LocalDate.ofEpochDay(((LongColumnVector) vector).vector[row]);
      case TIMESTAMP: {
        // Spark's micros of the java.sql.Timestamp the reader gives: millis, then the nanos beyond them
        TimestampColumnVector timestamps = (TimestampColumnVector) vector;
        int nanos = timestamps.nanos[row];
        return Instant.ofEpochSecond(Math.floorDiv(timestamps.time[row], 1000L), nanos - nanos % 1000);
      }
      case TIMESTAMP_NTZ: {
        long micros = ((LongColumnVector) vector).vector[row];
        return LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
            (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC);
      }
      default:
        throw new IllegalArgumentException("no ORC value of type " + type.simpleString());
    }
  }
}
