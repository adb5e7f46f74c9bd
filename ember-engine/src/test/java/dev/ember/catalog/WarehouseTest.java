package dev.ember.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseTest {
  @TempDir
  Path directory;

  @Test
  void nothingIsCreatedUntilSomethingIs() {
    Path root = directory.resolve("lazy");
    CatalogState state = Warehouse.at(root.toString()).state();
    assertThat(state.databases()).containsOnlyKeys("default");
    assertThat(root).doesNotExist();
  }

  @Test
  void theCatalogFileHoldsWhatWasWritten() throws Exception {
    Path root = directory.resolve("written");
    Warehouse warehouse = Warehouse.at(root.toString());
    CatalogTable table = table(new TableName("sales", "orders"));
    warehouse.update(state -> state.withDatabase(new CatalogDatabase("sales", "", Warehouse.uri(root.resolve("sales.db")),
        Map.of("k", "v"))).withTable(table));
    // what a new process reads: the file, not the memory of this one
    CatalogState reread = CatalogFile.read(root.resolve("_ember_catalog/catalog.json"));
    assertThat(reread).isEqualTo(warehouse.state());
    assertThat(reread.table(table.name())).contains(table);
    assertThat(root.resolve("_ember_catalog/catalog.json.new")).doesNotExist();
  }

  @Test
  void aFailedChangeLeavesTheCatalogAsItWas() {
    Warehouse warehouse = Warehouse.at(directory.resolve("failed").toString());
    CatalogState before = warehouse.state();
    assertThatThrownBy(() -> warehouse.update(state -> {
      throw CatalogErrors.schemaExists("x");
    })).isInstanceOf(EmberException.class);
    assertThat(warehouse.state()).isEqualTo(before);
  }

  @Test
  void aWarehouseLockedByAnotherOwnerIsRefusedWithSparksKindOfError() throws Exception {
    Path root = directory.resolve("locked");
    Files.createDirectories(root.resolve("_ember_catalog"));
    try (FileChannel channel = FileChannel.open(root.resolve("_ember_catalog/lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock held = channel.lock()) {
      assertThat(held.isValid()).isTrue();
      assertThatThrownBy(() -> Warehouse.at(root.toString()).update(state -> state.withDatabase(
          new CatalogDatabase("x", "", "file:/x", Map.of()))))
          .isInstanceOfSatisfying(EmberException.class,
              e -> assertThat(e.getMessage()).contains("is in use by another process"));
    }
  }

  @Test
  void everyColumnTypeSurvivesTheFile() {
    StructType schema = new StructType(List.of(new StructField("d", new DecimalType(12, 3), true),
        new StructField("i", new DayTimeIntervalType(DayTimeIntervalType.HOUR, DayTimeIntervalType.SECOND), true),
        new StructField("a", new ArrayType(new MapType(AtomicType.STRING, AtomicType.LONG, true), false), false),
        new StructField("s", new StructType(List.of(new StructField("t", AtomicType.TIMESTAMP_NTZ, true))), true),
        new StructField("c", dev.ember.plan.types.CharVarcharType.ofChar(5), true),
        new StructField("v", new ArrayType(dev.ember.plan.types.CharVarcharType.ofVarchar(6), true), true)));
    assertThat(DataTypeJson.read(DataTypeJson.write(schema))).isEqualTo(schema);
  }

  private static CatalogTable table(TableName name) {
    return new CatalogTable(name, TableKind.MANAGED, new StructType(List.of(new StructField("a", AtomicType.INTEGER,
        true), new StructField("p", AtomicType.STRING, true))), List.of("p"),
        Optional.of(new dev.ember.plan.command.BucketSpec(2, List.of("a"), List.of())), "parquet", Map.of("header", "true"),
        Optional.of("file:/somewhere/orders"), Map.of("x", "1"), Optional.of("comment"), Optional.empty(), Map.of(),
        1234L, Map.of("a", "the a"), Optional.of(List.of("p=x", "p=y")));
  }
}
