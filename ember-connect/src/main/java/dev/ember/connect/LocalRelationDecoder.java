package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.logical.LocalRelation;
import dev.ember.plan.types.StructType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sparkproject.org.apache.arrow.memory.BufferAllocator;
import org.sparkproject.org.apache.arrow.vector.DateDayVector;
import org.sparkproject.org.apache.arrow.vector.FieldVector;
import org.sparkproject.org.apache.arrow.vector.IntervalYearVector;
import org.sparkproject.org.apache.arrow.vector.TimeStampMicroTZVector;
import org.sparkproject.org.apache.arrow.vector.TimeStampMicroVector;
import org.sparkproject.org.apache.arrow.vector.VarCharVector;
import org.sparkproject.org.apache.arrow.vector.VectorSchemaRoot;
import org.sparkproject.org.apache.arrow.vector.complex.ListVector;
import org.sparkproject.org.apache.arrow.vector.complex.MapVector;
import org.sparkproject.org.apache.arrow.vector.complex.StructVector;
import org.sparkproject.org.apache.arrow.vector.ipc.ArrowStreamReader;

/**
 * {@code LocalRelation} (createDataFrame): the Arrow IPC data the client sent. Data from
 * {@value #TABLE_THRESHOLD} bytes ({@code spark.ember.localRelation.tableThreshold}) goes into a session table
 * through DuckDB's Arrow reader; smaller data (and types DuckDB's reader cannot take) is read into rows carried in
 * the plan.
 */
final class LocalRelationDecoder {
  /** Ember's conf: the size of Arrow data from which a local relation is loaded as a table. */
  static final String TABLE_THRESHOLD_CONF = dev.ember.engine.SessionConf.LOCAL_RELATION_TABLE_THRESHOLD;
  static final long TABLE_THRESHOLD = 65_536;

  private final BufferAllocator allocator;
  private final ArtifactStore artifacts;

  LocalRelationDecoder(BufferAllocator allocator, ArtifactStore artifacts) {
    this.allocator = allocator;
    this.artifacts = artifacts;
  }

  LocalRelation decode(org.apache.spark.connect.proto.LocalRelation relation, EngineSession session) {
    StructType schema = relation.hasSchema() ? DataTypes.parseSchema(relation.getSchema()) : null;
    List<byte[]> data = relation.hasData() ? List.of(relation.getData().toByteArray()) : List.of();
    return decode(schema, data, session);
  }

  /** Data uploaded as artifacts ({@code createDataFrame} above the cache threshold). */
  LocalRelation decodeCached(EngineSession session, org.apache.spark.connect.proto.ChunkedCachedLocalRelation relation) {
    String sessionId = session.key();
    StructType schema = relation.hasSchemaHash()
        ? DataTypes.parseSchema(new String(artifacts.cached(sessionId, relation.getSchemaHash()),
            java.nio.charset.StandardCharsets.UTF_8))
        : null;
    List<byte[]> chunks = relation.getDataHashesList().stream().map(hash -> artifacts.cached(sessionId, hash)).toList();
    return decode(schema, chunks, session);
  }

  /** The older form: the artifact holds a serialized LocalRelation message. */
  LocalRelation decodeCachedProto(EngineSession session, String hash) {
    try {
      return decode(org.apache.spark.connect.proto.LocalRelation.parseFrom(artifacts.cached(session.key(), hash)),
          session);
    } catch (org.sparkproject.com.google.protobuf.InvalidProtocolBufferException e) {
      throw SparkErrors.internal("The cached local relation " + hash + " is not a LocalRelation: " + e.getMessage());
    }
  }

  private LocalRelation decode(StructType givenSchema, List<byte[]> chunks, EngineSession session) {
    long bytes = chunks.stream().mapToLong(chunk -> chunk.length).sum();
    if (bytes > 0 && bytes >= tableThreshold(session)) {
      StructType schema = givenSchema != null ? givenSchema : schemaOf(chunks);
      if (!schema.fields().isEmpty() && LocalTableTypes.loadable(schema)) {
        return new LocalRelation(schema, session.localTable(chunks, schema.fields().size()));
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    StructType schema = givenSchema;
    for (byte[] chunk : chunks) {
      if (chunk.length == 0) {
        continue;
      }
      try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(chunk), allocator)) {
        VectorSchemaRoot root = reader.getVectorSchemaRoot();
        if (schema == null) {
          schema = schemaOf(root);
        }
        while (reader.loadNextBatch()) {
          for (int row = 0; row < root.getRowCount(); row++) {
            List<Object> values = new ArrayList<>();
            for (int column = 0; column < root.getFieldVectors().size(); column++) {
              values.add(read(root.getVector(column), row));
            }
            rows.add(values);
          }
        }
      } catch (IOException e) {
        throw SparkErrors.internal("Could not read the local relation sent by the client: " + e.getMessage());
      }
    }
    if (schema == null) {
      throw SparkErrors.internal("A local relation needs a schema or data.");
    }
    return new LocalRelation(schema, SpatialValues.checked(schema, rows));
  }

  private static long tableThreshold(EngineSession session) {
    String value = session.conf().getOrDefault(TABLE_THRESHOLD_CONF, Long.toString(TABLE_THRESHOLD));
    return dev.ember.engine.ConfNumbers.bytes(TABLE_THRESHOLD_CONF, value);
  }

  /** The schema of the first stream that has one. */
  private StructType schemaOf(List<byte[]> chunks) {
    for (byte[] chunk : chunks) {
      if (chunk.length > 0) {
        try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(chunk), allocator)) {
          return schemaOf(reader.getVectorSchemaRoot());
        } catch (IOException e) {
          throw SparkErrors.internal("Could not read the local relation sent by the client: " + e.getMessage());
        }
      }
    }
    throw SparkErrors.internal("A local relation needs a schema or data.");
  }

  private static StructType schemaOf(VectorSchemaRoot root) {
    org.apache.spark.sql.types.StructType spark =
        org.apache.spark.sql.util.ArrowUtils.fromArrowSchema(root.getSchema());
    return (StructType) SparkTypes.fromSpark(spark);
  }

  /** A value in Ember's representation (see {@link dev.ember.plan.expressions.Literal}). */
  private static Object read(FieldVector vector, int index) {
    if (vector.isNull(index)) {
      return null;
    }
    if (vector instanceof VarCharVector strings) {
      return new String(strings.get(index), java.nio.charset.StandardCharsets.UTF_8);
    }
    if (vector instanceof DateDayVector dates) {
      return LocalDate.ofEpochDay(dates.get(index));
    }
    if (vector instanceof TimeStampMicroTZVector timestamps) {
      long micros = timestamps.get(index);
      return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }
    if (vector instanceof TimeStampMicroVector timestamps) {
      long micros = timestamps.get(index);
      return LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
          (int) (Math.floorMod(micros, 1_000_000L) * 1000L), ZoneOffset.UTC);
    }
    if (vector instanceof org.sparkproject.org.apache.arrow.vector.TimeNanoVector times) {
      return java.time.LocalTime.ofNanoOfDay(times.get(index));
    }
    if (vector instanceof IntervalYearVector months) {
      return Period.ofMonths(months.get(index));
    }
    if (vector instanceof MapVector map) {
      StructVector entries = (StructVector) map.getDataVector();
      Map<Object, Object> result = new LinkedHashMap<>();
      int start = map.getElementStartIndex(index);
      int end = map.getElementEndIndex(index);
      for (int i = start; i < end; i++) {
        result.put(read((FieldVector) entries.getChildByOrdinal(0), i), read((FieldVector) entries.getChildByOrdinal(1), i));
      }
      return result;
    }
    if (vector instanceof ListVector list) {
      List<Object> result = new ArrayList<>();
      for (int i = list.getElementStartIndex(index); i < list.getElementEndIndex(index); i++) {
        result.add(read((FieldVector) list.getDataVector(), i));
      }
      return result;
    }
    if (vector instanceof StructVector struct) {
      List<Object> result = new ArrayList<>();
      for (int i = 0; i < struct.getChildrenFromFields().size(); i++) {
        result.add(read((FieldVector) struct.getChildByOrdinal(i), index));
      }
      return result;
    }
    return vector.getObject(index);
  }
}
