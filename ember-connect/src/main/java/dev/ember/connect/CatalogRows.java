package dev.ember.connect;

import dev.ember.catalog.CatalogDatabase;
import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.TableName;
import dev.ember.engine.QueryResult;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;

/**
 * The rows {@code spark.catalog()} answers with, in the shapes of Spark's {@code Database}, {@code Table},
 * {@code Column} and {@code CatalogMetadata}, which the client decodes by name.
 */
final class CatalogRows {
  static final StructType DATABASE = new StructType(List.of(string("name"), string("catalog"), string("description"),
      string("locationUri")));
  static final StructType TABLE = new StructType(List.of(string("name"), string("catalog"),
      new StructField("namespace", new ArrayType(AtomicType.STRING, true), true), string("description"),
      string("tableType"), new StructField("isTemporary", AtomicType.BOOLEAN, false)));
  static final StructType COLUMN = new StructType(List.of(string("name"), string("description"), string("dataType"),
      flag("nullable"), flag("isPartition"), flag("isBucket"), flag("isCluster")));
  static final StructType CATALOG = new StructType(List.of(string("name"), string("description")));

  private CatalogRows() {
  }

  static Object[] database(CatalogDatabase database) {
    return new Object[] {database.name(), TableName.CATALOG, database.comment(), database.location()};
  }

  static Object[] table(CatalogTable table) {
    return new Object[] {table.name().table(), TableName.CATALOG, List.of(table.name().database()),
        table.comment().orElse(null), table.kind().name(), false};
  }

  /** A configured catalog's table: its catalog and namespace, a managed table. */
  static Object[] table(dev.ember.catalog.MemoryTable table) {
    return new Object[] {table.name(), table.catalog(), table.namespace(), null, "MANAGED", false};
  }

  static Object[] temporaryView(String name, boolean global) {
    return new Object[] {name, null, global ? List.of(dev.ember.catalog.Views.GLOBAL_TEMP_NAMESPACE) : List.of(), null,
        "TEMPORARY", true};
  }

  static Object[] column(StructField field, java.util.Optional<String> comment, boolean partition) {
    return new Object[] {field.name(), comment.orElse(null), field.dataType().simpleString(), field.nullable(),
        partition, false, false};
  }

  static QueryResult single(AtomicType type, Object value) {
    return new QueryResult(new StructType(List.of(new StructField("value", type, false))),
        List.<Object[]>of(new Object[] {value}));
  }

  static QueryResult nothing() {
    return new QueryResult(new StructType(List.of()), List.of());
  }

  private static StructField string(String name) {
    return new StructField(name, AtomicType.STRING, true);
  }

  private static StructField flag(String name) {
    return new StructField(name, AtomicType.BOOLEAN, false);
  }
}
