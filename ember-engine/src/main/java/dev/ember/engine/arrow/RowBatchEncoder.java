package dev.ember.engine.arrow;

import dev.ember.plan.types.CalendarInterval;
import dev.ember.plan.types.IntervalFormat;
import dev.ember.plan.types.StructType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.DurationVector;
import org.apache.arrow.vector.IntervalMonthDayNanoVector;
import org.apache.arrow.vector.IntervalYearVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.NullVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.MapVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;

/**
 * Encodes result rows as Arrow IPC streams exactly as Spark's server does: one complete stream
 * (schema message + record batch) per batch of rows. The path for results DuckDB cannot hand over as
 * Arrow with Spark's layout ({@link DuckDbArrowExport}) and for rows computed in Java.
 */
public final class RowBatchEncoder {
  private final BufferAllocator allocator;

  public RowBatchEncoder(BufferAllocator allocator) {
    this.allocator = allocator;
  }

  /** The rows in batches of at most {@code maxRowsPerBatch}; always at least one (possibly empty) batch. */
  public List<ArrowBatch> encode(StructType schema, List<Object[]> rows, String timeZone, int maxRowsPerBatch) {
    List<ArrowBatch> batches = new ArrayList<>();
    int start = 0;
    do {
      int end = Math.min(rows.size(), start + maxRowsPerBatch);
      batches.add(encodeBatch(schema, rows.subList(start, end), timeZone));
      start = end;
    } while (start < rows.size());
    return batches;
  }

  public ArrowBatch encodeBatch(StructType schema, List<Object[]> rows, String timeZone) {
    try (VectorSchemaRoot root = VectorSchemaRoot.create(SparkArrowSchemas.of(schema, timeZone), allocator)) {
      root.allocateNew();
      for (int column = 0; column < schema.fields().size(); column++) {
        FieldVector vector = root.getVector(column);
        for (int row = 0; row < rows.size(); row++) {
          write(vector, row, rows.get(row)[column]);
        }
      }
      root.setRowCount(rows.size());
      return new ArrowBatch(write(root), rows.size());
    }
  }

  private static byte[] write(VectorSchemaRoot root) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArrowStreamWriter writer = new ArrowStreamWriter(root, null, Channels.newChannel(out))) {
      writer.start();
      writer.writeBatch();
      writer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Sets {@code value} (Spark's Java value of the vector's type, null for NULL) at {@code index}. */
  public static void write(FieldVector vector, int index, Object value) {
    if (value == null) {
      setNull(vector, index);
    } else if (vector instanceof BitVector bits) {
      bits.setSafe(index, (Boolean) value ? 1 : 0);
    } else if (vector instanceof TinyIntVector tinyInts) {
      tinyInts.setSafe(index, (Byte) value);
    } else if (vector instanceof SmallIntVector smallInts) {
      smallInts.setSafe(index, (Short) value);
    } else if (vector instanceof IntVector ints) {
      ints.setSafe(index, (Integer) value);
    } else if (vector instanceof BigIntVector longs) {
      longs.setSafe(index, (Long) value);
    } else if (vector instanceof Float4Vector floats) {
      floats.setSafe(index, (Float) value);
    } else if (vector instanceof Float8Vector doubles) {
      doubles.setSafe(index, (Double) value);
    } else if (vector instanceof DecimalVector decimals) {
      decimals.setSafe(index, ((BigDecimal) value).setScale(decimals.getScale()));
    } else if (vector instanceof VarCharVector strings) {
      strings.setSafe(index, ((String) value).getBytes(StandardCharsets.UTF_8));
    } else if (vector instanceof VarBinaryVector binaries) {
      binaries.setSafe(index, (byte[]) value);
    } else if (vector instanceof DateDayVector dates) {
      dates.setSafe(index, (int) ((LocalDate) value).toEpochDay());
    } else if (vector instanceof TimeStampMicroTZVector timestamps) {
      timestamps.setSafe(index, micros((Instant) value));
    } else if (vector instanceof TimeStampMicroVector timestamps) {
      timestamps.setSafe(index, micros(((LocalDateTime) value).toInstant(ZoneOffset.UTC)));
    } else if (vector instanceof org.apache.arrow.vector.TimeNanoVector times) {
      times.setSafe(index, ((java.time.LocalTime) value).toNanoOfDay());
    } else if (vector instanceof DurationVector durations) {
      durations.setSafe(index, IntervalFormat.micros((Duration) value));
    } else if (vector instanceof IntervalYearVector months) {
      months.setSafe(index, Math.toIntExact(((Period) value).toTotalMonths()));
    } else if (vector instanceof IntervalMonthDayNanoVector intervals) {
      CalendarInterval interval = (CalendarInterval) value;
      intervals.setSafe(index, interval.months(), interval.days(), nanoseconds(interval.microseconds()));
    } else if (vector instanceof MapVector map) {
      writeMap(map, index, (Map<?, ?>) value);
    } else if (vector instanceof ListVector list) {
      List<?> elements = (List<?>) value;
      int offset = list.startNewValue(index);
      for (int i = 0; i < elements.size(); i++) {
        write((FieldVector) list.getDataVector(), offset + i, elements.get(i));
      }
      list.endValue(index, elements.size());
    } else if (vector instanceof StructVector struct) {
      List<?> fields = (List<?>) value;
      struct.setIndexDefined(index);
      for (int i = 0; i < fields.size(); i++) {
        write((FieldVector) struct.getChildByOrdinal(i), index, fields.get(i));
      }
    } else if (!(vector instanceof NullVector)) {
      throw new IllegalStateException("cannot write " + value.getClass() + " into " + vector.getClass());
    }
  }

  private static void writeMap(MapVector map, int index, Map<?, ?> entries) {
    StructVector entryVector = (StructVector) map.getDataVector();
    int offset = map.startNewValue(index);
    int i = 0;
    for (Map.Entry<?, ?> entry : entries.entrySet()) {
      entryVector.setIndexDefined(offset + i);
      write((FieldVector) entryVector.getChildByOrdinal(0), offset + i, entry.getKey());
      write((FieldVector) entryVector.getChildByOrdinal(1), offset + i, entry.getValue());
      i++;
    }
    map.endValue(index, entries.size());
  }

  private static void setNull(FieldVector vector, int index) {
    if (vector instanceof BaseFixedWidthVector fixed) {
      fixed.setNull(index);
    } else if (vector instanceof BaseVariableWidthVector variable) {
      variable.setNull(index);
    } else if (vector instanceof ListVector list) {
      list.setNull(index);
    } else if (vector instanceof StructVector struct) {
      struct.setNull(index);
    }
  }

  static long micros(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
  }

  /**
   * A calendar interval's microseconds as Arrow's nanoseconds; beyond about 106,751 days they do not fit, and
   * Spark's Arrow writer fails as here (a plain ArithmeticException), not with an internal error.
   */
  private static long nanoseconds(long micros) {
    try {
      return Math.multiplyExact(micros, 1000L);
    } catch (ArithmeticException e) {
      throw dev.ember.plan.errors.EmberException.withoutErrorClass(dev.ember.plan.errors.ErrorKind.JAVA_ARITHMETIC,
          "long overflow");
    }
  }
}
