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
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.hive.common.type.HiveDecimal;
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
import org.apache.orc.CompressionKind;
import org.apache.orc.OrcFile;
import org.apache.orc.TypeDescription;
import org.apache.orc.Writer;

/**
 * Writes rows of Java values (as the engine reads results) into an ORC file as Spark's ORC writer does: Spark's ORC
 * types ({@link OrcSchemas#toOrc}), the codec asked for, timestamps as {@code java.sql.Timestamp}s in the JVM's
 * time zone, and Spark's version in the file's metadata ({@code org.apache.spark.version}).
 */
public final class OrcRowWriter implements AutoCloseable {
  private static final int BATCH_ROWS = 1024;
  private final Writer writer;
  private final StructType schema;
  private final VectorizedRowBatch batch;

  private OrcRowWriter(Writer writer, StructType schema, VectorizedRowBatch batch) {
    this.writer = writer;
    this.schema = schema;
    this.batch = batch;
  }

  /** A new ORC file of {@code schema}, compressed with {@code codec} (ORC's name: NONE, SNAPPY, ZLIB, LZ4, ZSTD). */
  public static OrcRowWriter create(java.nio.file.Path file, StructType schema, String codec) throws IOException {
    TypeDescription orc = OrcSchemas.toOrc(schema);
    Writer writer = OrcFile.createWriter(OrcFileSystem.path(file), OrcFile.writerOptions(OrcFileSystem.conf())
        .fileSystem(OrcFileSystem.fileSystem()).setSchema(orc)
        .compress(CompressionKind.valueOf(codec.toUpperCase(Locale.ROOT))));
    writer.addUserMetadata("org.apache.spark.version", StandardCharsets.UTF_8.encode("4.2.0"));
    return new OrcRowWriter(writer, schema, orc.createRowBatch(BATCH_ROWS));
  }

  public void add(List<Object[]> rows) throws IOException {
    for (Object[] row : rows) {
      int index = batch.size++;
      for (int column = 0; column < row.length; column++) {
        set(batch.cols[column], index, row[column], schema.fields().get(column).dataType());
      }
      if (batch.size == batch.getMaxSize()) {
        flush();
      }
    }
  }

  private void flush() throws IOException {
    if (batch.size > 0) {
      writer.addRowBatch(batch);
    }
    batch.reset();
  }

  @Override
  public void close() throws IOException {
    try {
      flush();
    } finally {
      writer.close();
    }
  }

  private static void set(ColumnVector vector, int row, Object value, DataType type) {
    if (value == null) {
      vector.noNulls = false;
      vector.isNull[row] = true;
      return;
    }
    vector.isNull[row] = false;
    if (type instanceof DecimalType) {
      ((DecimalColumnVector) vector).set(row, HiveDecimal.create((BigDecimal) value));
    } else if (type instanceof DayTimeIntervalType) {
      Duration duration = (Duration) value;
      ((LongColumnVector) vector).vector[row] = duration.getSeconds() * 1_000_000L + duration.getNano() / 1000;
    } else if (type instanceof YearMonthIntervalType) {
      ((LongColumnVector) vector).vector[row] = ((Period) value).toTotalMonths();
    } else if (type instanceof ArrayType array) {
      ListColumnVector list = (ListColumnVector) vector;
      List<?> elements = (List<?>) value;
      int start = list.childCount;
      list.offsets[row] = start;
      list.lengths[row] = elements.size();
      list.childCount += elements.size();
      list.child.ensureSize(list.childCount, true);
      for (int i = 0; i < elements.size(); i++) {
        set(list.child, start + i, elements.get(i), array.elementType());
      }
    } else if (type instanceof MapType map) {
      MapColumnVector entries = (MapColumnVector) vector;
      Map<?, ?> values = (Map<?, ?>) value;
      int start = entries.childCount;
      entries.offsets[row] = start;
      entries.lengths[row] = values.size();
      entries.childCount += values.size();
      entries.keys.ensureSize(entries.childCount, true);
      entries.values.ensureSize(entries.childCount, true);
      int i = start;
      for (Map.Entry<?, ?> entry : values.entrySet()) {
        set(entries.keys, i, entry.getKey(), map.keyType());
        set(entries.values, i, entry.getValue(), map.valueType());
        i++;
      }
    } else if (type instanceof StructType struct) {
      StructColumnVector fields = (StructColumnVector) vector;
      List<?> values = (List<?>) value;
      for (int i = 0; i < fields.fields.length; i++) {
        set(fields.fields[i], row, values.get(i), struct.fields().get(i).dataType());
      }
    } else {
      atomic(vector, row, value, (AtomicType) type);
    }
  }

  private static void atomic(ColumnVector vector, int row, Object value, AtomicType type) {
    switch (type) {
      case BOOLEAN -> ((LongColumnVector) vector).vector[row] = ((Boolean) value) ? 1 : 0;
      case BYTE, SHORT, INTEGER, LONG -> ((LongColumnVector) vector).vector[row] = ((Number) value).longValue();
      case FLOAT, DOUBLE -> ((DoubleColumnVector) vector).vector[row] = ((Number) value).doubleValue();
      case STRING -> {
        byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
        ((BytesColumnVector) vector).setVal(row, bytes);
      }
      case BINARY -> {
        byte[] bytes = value instanceof ByteBuffer buffer ? bytes(buffer) : (byte[]) value;
        ((BytesColumnVector) vector).setVal(row, bytes);
      }
      case DATE -> ((LongColumnVector) vector).vector[row] = ((LocalDate) value).toEpochDay();
      case TIMESTAMP -> ((TimestampColumnVector) vector).set(row, java.sql.Timestamp.from((Instant) value));
      case TIMESTAMP_NTZ -> {
        LocalDateTime time = (LocalDateTime) value;
        ((LongColumnVector) vector).vector[row] = time.toEpochSecond(ZoneOffset.UTC) * 1_000_000L
            + time.getNano() / 1000;
      }
      default -> throw new IllegalArgumentException("no ORC value of type " + type.simpleString());
    }
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }
}
