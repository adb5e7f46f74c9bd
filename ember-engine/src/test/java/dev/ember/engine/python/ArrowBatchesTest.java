package dev.ember.engine.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.complex.impl.UnionListWriter;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArrowBatchesTest {
  private final BufferAllocator allocator = new RootAllocator();

  @AfterEach
  void close() {
    allocator.close();
  }

  @Test
  void rowsPackedIntoAStructAsSparkSendsThemToAMapAndUnpackedFromTheWorkersOutput() throws IOException {
    byte[] rows = twoColumns(new long[] {1, 2, 3}, new String[] {"a", null, "c"});
    byte[] packed = ArrowBatches.packedAsStruct(allocator, List.of(rows, rows));
    List<Integer> batches = new ArrayList<>();
    try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(packed), allocator)) {
      assertThat(reader.getVectorSchemaRoot().getSchema().getFields()).hasSize(1);
      while (reader.loadNextBatch()) {
        StructVector struct = (StructVector) reader.getVectorSchemaRoot().getVector(0);
        assertThat(struct.getField().getChildren()).extracting(field -> field.getName()).containsExactly("id", "name");
        assertThat(struct.getObject(1)).hasToString("{\"id\":2}");
        batches.add(struct.getValueCount());
      }
    }
    assertThat(batches).containsExactly(3, 3);
    // the worker answers with the same shape: one struct column, whose fields are the rows' columns
    byte[] unpacked = ArrowBatches.unwrapStruct(allocator, ArrowBatches.packedAsStruct(allocator, List.of(rows)));
    try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(unpacked), allocator)) {
      assertThat(reader.loadNextBatch()).isTrue();
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      assertThat(root.contentToTSVString()).isEqualTo("id\tname\n1\ta\n2\tnull\n3\tc\n");
    }
  }

  @Test
  void aTasksBatchesGoAsOneStreamOfTheirArgumentsAndTheResultsAreCutBackToThem() throws IOException {
    byte[] first = twoColumns(new long[] {1, 2, 3}, new String[] {"a", "b", "c"});
    byte[] none = twoColumns(new long[] {}, new String[] {});
    byte[] last = twoColumns(new long[] {4}, new String[] {"d"});
    List<Integer> counts = new ArrayList<>();
    byte[] arguments = ArrowBatches.firstColumnsOfEach(allocator, List.of(first, none, last), 1, counts);
    assertThat(counts).containsExactly(3, 0, 1);
    List<String> batches = new ArrayList<>();
    try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(arguments), allocator)) {
      while (reader.loadNextBatch()) {
        batches.add(reader.getVectorSchemaRoot().contentToTSVString());
      }
    }
    assertThat(batches).containsExactly("id\n1\n2\n3\n", "id\n4\n");
    // the worker's result batches need not be the input's: they are cut by the input batches' rows
    byte[] results12 = twoColumns(new long[] {10, 20}, new String[] {"x", "y"});
    byte[] results34 = twoColumns(new long[] {30, 40}, new String[] {"z", "w"});
    List<byte[]> cut = ArrowBatches.split(allocator, List.of(results12, results34), counts);
    List<String> parts = new ArrayList<>();
    for (byte[] part : cut) {
      try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(part), allocator)) {
        parts.add(reader.loadNextBatch() ? reader.getVectorSchemaRoot().contentToTSVString() : "none");
      }
    }
    assertThat(parts).containsExactly("id\tname\n10\tx\n20\ty\n30\tz\n", "id\tname\n", "id\tname\n40\tw\n");
    assertThatThrownBy(() -> ArrowBatches.split(allocator, List.of(results12), counts))
        .hasMessageContaining("returned 2 rows for 4");
  }

  @Test
  void anEmptySliceIsABatchOfNoRowsNotNone() throws IOException {
    byte[] rows = twoColumns(new long[] {1, 2}, new String[] {"a", "b"});
    byte[] empty = ArrowBatches.concatenated(allocator, List.of(rows),
        all -> ArrowBatches.slice(allocator, all.getFieldVectors(), 1, 0));
    byte[] second = ArrowBatches.concatenated(allocator, List.of(rows),
        all -> ArrowBatches.slice(allocator, all.getFieldVectors(), 1, 1));
    try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(empty), allocator)) {
      assertThat(reader.loadNextBatch()).isTrue();
      assertThat(reader.getVectorSchemaRoot().getRowCount()).isZero();
      assertThat(reader.getVectorSchemaRoot().getSchema().getFields()).hasSize(2);
    }
    try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(second), allocator)) {
      assertThat(reader.loadNextBatch()).isTrue();
      assertThat(reader.getVectorSchemaRoot().contentToTSVString()).isEqualTo("id\tname\n2\tb\n");
    }
  }

  @Test
  void aGroupsListOfArgumentsBecomesAStreamPerGroup() throws IOException {
    byte[] groups;
    try (ListVector lists = ListVector.empty("groups", allocator)) {
      UnionListWriter writer = lists.getWriter();
      long[][] values = {{1, 2}, {3}, {}};
      for (int row = 0; row < values.length; row++) {
        writer.setPosition(row);
        writer.startList();
        for (long value : values[row]) {
          writer.bigInt().writeBigInt(value);
        }
        writer.endList();
      }
      lists.setValueCount(values.length);
      VectorSchemaRoot root = new VectorSchemaRoot(List.of(lists));
      root.setRowCount(values.length);
      groups = ArrowBatches.write(root);
    }
    List<byte[]> streams = PythonAggregateCalls.groupStreams(allocator, groups);
    List<Integer> sizes = new ArrayList<>();
    for (byte[] stream : streams) {
      try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(stream), allocator)) {
        sizes.add(reader.loadNextBatch() ? reader.getVectorSchemaRoot().getRowCount() : -1);
      }
    }
    assertThat(sizes).containsExactly(2, 1, 0);
  }

  @Test
  void typesAsSparksJsonForTheWorker() {
    StructType arguments = new StructType(List.of(new StructField("a", AtomicType.INTEGER, true),
        new StructField("b", new ArrayType(AtomicType.LONG, false), false)));
    assertThat(SparkTypeJson.of(arguments)).isEqualTo("{\"type\":\"struct\",\"fields\":["
        + "{\"name\":\"a\",\"type\":\"integer\",\"nullable\":true,\"metadata\":{}},"
        + "{\"name\":\"b\",\"type\":{\"type\":\"array\",\"elementType\":\"long\",\"containsNull\":false},"
        + "\"nullable\":false,\"metadata\":{}}]}");
  }

  private byte[] twoColumns(long[] ids, String[] names) {
    try (BigIntVector id = new BigIntVector("id", allocator);
        VarCharVector name = new VarCharVector("name", allocator)) {
      id.allocateNew(ids.length);
      name.allocateNew();
      for (int i = 0; i < ids.length; i++) {
        id.set(i, ids[i]);
        if (names[i] == null) {
          name.setNull(i);
        } else {
          name.setSafe(i, names[i].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      id.setValueCount(ids.length);
      name.setValueCount(ids.length);
      VectorSchemaRoot root = new VectorSchemaRoot(List.of(id, name));
      root.setRowCount(ids.length);
      return ArrowBatches.write(root);
    }
  }
}
