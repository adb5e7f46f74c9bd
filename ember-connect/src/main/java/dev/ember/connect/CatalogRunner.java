package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;
import org.apache.spark.connect.proto.Catalog;

/** {@code spark.catalog()}: the session catalog of temporary views (Ember has no persistent catalog yet). */
final class CatalogRunner {
  private CatalogRunner() {
  }

  static QueryResult run(EngineSession session, Catalog catalog) {
    switch (catalog.getCatTypeCase()) {
      case DROP_TEMP_VIEW:
        return single("value", AtomicType.BOOLEAN, session.dropTempView(catalog.getDropTempView().getViewName()));
      case DROP_GLOBAL_TEMP_VIEW:
        return single("value", AtomicType.BOOLEAN,
            session.globalTempViews().drop(catalog.getDropGlobalTempView().getViewName()));
      case TABLE_EXISTS:
        return single("value", AtomicType.BOOLEAN,
            session.tempView(catalog.getTableExists().getTableName()).isPresent());
      case CURRENT_DATABASE:
        return single("value", AtomicType.STRING, "default");
      case CURRENT_CATALOG:
        return single("value", AtomicType.STRING, "spark_catalog");
      case LIST_TABLES:
        return tables(session);
      case LIST_DATABASES:
        return new QueryResult(new StructType(List.of(
            new StructField("name", AtomicType.STRING, true), new StructField("catalog", AtomicType.STRING, true),
            new StructField("description", AtomicType.STRING, true),
            new StructField("locationUri", AtomicType.STRING, true))),
            List.<Object[]>of(new Object[] {"default", "spark_catalog", "default database", null}));
      case DATABASE_EXISTS:
        return single("value", AtomicType.BOOLEAN, catalog.getDatabaseExists().getDbName().equalsIgnoreCase("default"));
      default:
        throw UnsupportedApi.catalog(catalog.getCatTypeCase());
    }
  }

  /** Ember's catalog holds the session's temporary views only. */
  private static QueryResult tables(EngineSession session) {
    StructType schema = new StructType(List.of(
        new StructField("name", AtomicType.STRING, true),
        new StructField("catalog", AtomicType.STRING, true),
        new StructField("namespace", new dev.ember.plan.types.ArrayType(AtomicType.STRING, true), true),
        new StructField("description", AtomicType.STRING, true),
        new StructField("tableType", AtomicType.STRING, true),
        new StructField("isTemporary", AtomicType.BOOLEAN, false)));
    List<Object[]> rows = session.tempViewNames().stream().sorted()
        .map(name -> new Object[] {name, null, List.of(), null, "TEMPORARY", true})
        .toList();
    return new QueryResult(schema, rows);
  }

  private static QueryResult single(String name, AtomicType type, Object value) {
    return new QueryResult(new StructType(List.of(new StructField(name, type, false))),
        List.<Object[]>of(new Object[] {value}));
  }
}
