package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.catalog.CatalogTable;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.ShowTableExtended;
import dev.ember.plan.command.ShowTables;
import dev.ember.plan.logical.UnresolvedRelation;
import dev.ember.plan.text.SchemaTree;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SHOW TABLE EXTENDED, as Spark's v1 session catalog answers it: each table or view the pattern matches (as SHOW
 * TABLES matches them) with its details and schema as one text, or a partition's details.
 */
final class ExtendedTableListings {
  private ExtendedTableListings() {
  }

  static QueryResult show(EngineSession session, ShowTableExtended show) {
    List<Object[]> rows = new ArrayList<>();
    if (show.partition().isPresent()) {
      List<String> name = new ArrayList<>(show.namespace().orElse(List.of()));
      name.add(show.pattern());
      CatalogTable table = session.catalog().requireTable(name);
      Map<String, String> partition = DescribedPartitions.partition(session, table, show.partition().get());
      rows.add(new Object[] {table.name().database(), table.name().table(), false, text(partition)});
      return new QueryResult(schema(), rows);
    }
    for (Object[] listed : TempViews.show(session, new ShowTables(show.namespace(), Optional.of(show.pattern()),
        false)).rows()) {
      String namespace = (String) listed[0];
      String table = (String) listed[1];
      boolean temporary = (Boolean) listed[2];
      // a table's or view's text ends with its schema's tree and an empty line, as Spark's
      rows.add(new Object[] {namespace, table, temporary, temporary ? viewText(session, namespace, table)
          : tableText(session, session.catalog().requireTable(List.of(namespace, table)))});
    }
    return new QueryResult(schema(), rows);
  }

  /**
   * A temporary view as Spark's catalog keeps one: no catalog or database, a VIEW bound to its schema; one CREATE
   * TEMPORARY VIEW made also has its text, the namespace it was made in and its query's column names.
   */
  private static String viewText(EngineSession session, String namespace, String view) {
    List<String> name = namespace.isEmpty() ? List.of(view) : List.of(namespace, view);
    StructType schema = Analyzer.schemaOf(new Analyzer(session).analyze(new UnresolvedRelation(name)));
    Map<String, String> details = new LinkedHashMap<>();
    details.put("Table", view);
    details.put("Created Time", TableDescriptions.createdTime(session, System.currentTimeMillis()));
    details.put("Last Access", "UNKNOWN");
    details.put("Created By", "Spark 4.2.0");
    details.put("Type", "VIEW");
    java.util.Optional<dev.ember.catalog.Views.SqlDefinition> definition = namespace.isEmpty()
        ? session.tempViewDefinition(view) : session.globalTempViews().definition(view);
    definition.ifPresent(sql -> details.put("View Text", sql.text()));
    if (session.conf().viewSchemaBindingEnabled()) {
      details.put("View Schema Mode", "BINDING");
    }
    definition.ifPresent(sql -> {
      details.put("View Catalog and Namespace", dev.ember.catalog.TableName.CATALOG + "." + sql.database());
      details.put("View Query Output Columns", TableDescriptions.quotedList(sql.queryColumns()));
    });
    return text(details) + "\nSchema: " + SchemaTree.of(schema) + "\n";
  }

  private static String tableText(EngineSession session, CatalogTable table) {
    Map<String, String> details = new LinkedHashMap<>(TableDescriptions.details(session, table));
    if (!table.partitionColumns().isEmpty()) {
      details.put("Partition Columns", TableDescriptions.quotedList(table.partitionColumns()));
    }
    return text(details) + "\nSchema: " + SchemaTree.of(table.schema()) + "\n";
  }

  /** Spark's simpleString of catalog entries: {@code key: value} lines. */
  private static String text(Map<String, String> details) {
    return String.join("\n", details.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
        .toList());
  }

  private static StructType schema() {
    return new StructType(List.of(new StructField("namespace", AtomicType.STRING, false),
        new StructField("tableName", AtomicType.STRING, false), new StructField("isTemporary", AtomicType.BOOLEAN,
            false), new StructField("information", AtomicType.STRING, false)));
  }
}
