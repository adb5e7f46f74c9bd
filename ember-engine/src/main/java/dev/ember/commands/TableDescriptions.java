package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.catalog.CatalogTable;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.DescribeTable;
import dev.ember.plan.command.ShowTableProperties;
import dev.ember.plan.logical.UnresolvedRelation;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** DESCRIBE TABLE [EXTENDED] and SHOW TBLPROPERTIES, laid out as Spark's v1 session catalog prints them. */
final class TableDescriptions {
  /** Spark's {@code CatalogTable.toLinkedHashMap} date: {@code Fri Dec 04 22:01:00 UTC 2026}. */
  private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy",
      Locale.US);

  private TableDescriptions() {
  }

  static QueryResult describe(EngineSession session, DescribeTable describe) {
    List<Object[]> rows = new ArrayList<>();
    boolean temporary = describe.nameParts().size() == 1 && session.tempView(describe.nameParts().get(0)).isPresent();
    Optional<CatalogTable> table = temporary ? Optional.empty() : session.catalog().persistent(describe.nameParts());
    if (describe.partition().isPresent()) {
      return DescribedPartitions.describe(session, describe, temporary, table);
    }
    if (table.isEmpty()) {
      // a temporary view's columns with the char/varchar types they were read with, as Spark describes them
      StructType schema = Analyzer.declaredSchemaOf(new Analyzer(session).analyze(
          new UnresolvedRelation(describe.nameParts())));
      schema.fields().forEach(field -> rows.add(column(field)));
      return new QueryResult(schema(), rows);
    }
    CatalogTable entry = table.get();
    rows.addAll(columnsAndPartitioning(entry));
    if (describe.extended()) {
      rows.add(new Object[] {"", "", ""});
      rows.add(new Object[] {"# Detailed Table Information", "", ""});
      details(session, entry).forEach((key, value) -> rows.add(new Object[] {key, value, ""}));
    }
    return new QueryResult(schema(), rows);
  }

  /** The table's columns, then its partition columns under {@code # Partition Information}. */
  static List<Object[]> columnsAndPartitioning(CatalogTable entry) {
    List<Object[]> rows = new ArrayList<>();
    entry.schema().fields().forEach(field -> rows.add(column(field, entry)));
    if (!entry.partitionColumns().isEmpty()) {
      rows.add(new Object[] {"# Partition Information", "", ""});
      rows.add(new Object[] {"# col_name", "data_type", "comment"});
      entry.schema().fields().stream().filter(field -> entry.partitionColumns().stream()
          .anyMatch(field.name()::equalsIgnoreCase)).forEach(field -> rows.add(column(field, entry)));
    }
    return rows;
  }

  /**
   * Spark's DescribeColumnCommand: the column's name, type and comment (the text NULL for none); EXTENDED (or FORMATTED) adds
   * its statistics, which Ember does not compute (each NULL, as Spark's without ANALYZE TABLE ... FOR COLUMNS).
   */
  static QueryResult column(EngineSession session, dev.ember.plan.command.DescribeColumn describe) {
    Optional<CatalogTable> table = describe.nameParts().size() == 1
        && session.tempView(describe.nameParts().get(0)).isPresent() ? Optional.empty()
        : session.catalog().persistent(describe.nameParts());
    StructType schema = table.map(CatalogTable::schema).orElseGet(() -> Analyzer.declaredSchemaOf(new Analyzer(session)
        .analyze(new UnresolvedRelation(describe.nameParts()))));
    String name = describe.column().get(describe.column().size() - 1);
    StructField field = describe.column().size() != 1 ? null : schema.fields().stream()
        .filter(column -> column.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    if (field == null) {
      throw StoreAssignment.unresolvedColumn(String.join(".", describe.column()), schema);
    }
    // Spark writes the text NULL for a column without a comment
    String comment = table.flatMap(entry -> entry.columnComment(field.name())).orElse("NULL");
    List<Object[]> rows = new java.util.ArrayList<>(List.of(new Object[] {"col_name", field.name()},
        new Object[] {"data_type", field.dataType().simpleString()}, new Object[] {"comment", comment}));
    if (describe.extended()) {
      // the column's statistics: none computed
      for (String statistic : List.of("min", "max", "num_nulls", "distinct_count", "avg_col_len", "max_col_len",
          "histogram")) {
        rows.add(new Object[] {statistic, "NULL"});
      }
    }
    StructType output = new StructType(List.of(new StructField("info_name", dev.ember.plan.types.AtomicType.STRING,
        false), new StructField("info_value", dev.ember.plan.types.AtomicType.STRING, true)));
    return new QueryResult(output, rows);
  }

  /** Spark's CatalogTable.toLinkedHashMap, in its order. */
  static Map<String, String> details(EngineSession session, CatalogTable table) {
    Map<String, String> details = new java.util.LinkedHashMap<>();
    details.put("Catalog", dev.ember.catalog.TableName.CATALOG);
    details.put("Database", table.name().database());
    details.put("Table", table.name().table());
    details.put("Created Time", createdTime(session, table.createTime()));
    details.put("Last Access", "UNKNOWN");
    details.put("Created By", "Spark 4.2.0");
    details.put("Type", table.kind().name());
    if (!table.isView()) {
      details.put("Provider", table.provider());
    }
    table.buckets().ifPresent(buckets -> {
      details.put("Num Buckets", Integer.toString(buckets.buckets()));
      details.put("Bucket Columns", quotedList(buckets.bucketColumns()));
      details.put("Sort Columns", quotedList(buckets.sortColumns()));
    });
    table.comment().ifPresent(comment -> details.put("Comment", comment));
    if (table.isView()) {
      details.put("View Text", table.viewText().orElse(""));
      details.put("View Original Text", table.viewText().orElse(""));
      if (session.conf().viewSchemaBindingEnabled()) {
        details.put("View Schema Mode", table.schemaMode(true).text());
      }
      details.put("View Catalog and Namespace", dev.ember.catalog.TableName.CATALOG + "." + table.name().database());
      details.put("View Query Output Columns", quotedList(table.queryColumnNames()));
    }
    if (!table.properties().isEmpty()) {
      details.put("Table Properties", propertiesText(table.properties()));
    }
    table.location().ifPresent(location -> details.put("Location", location));
    if (!table.options().isEmpty()) {
      details.put("Storage Properties", storageProperties(table));
    }
    if (!table.partitionColumns().isEmpty()) {
      details.put("Partition Provider", "Catalog");
    }
    return details;
  }

  /** A time as Spark's catalog prints it ({@code Fri Dec 04 22:01:00 UTC 2026}), in the session's time zone. */
  static String createdTime(EngineSession session, long epochMillis) {
    return CREATED.format(Instant.ofEpochMilli(epochMillis).atZone(ZoneId.of(session.conf().timeZone())));
  }

  /** A table's options, secrets redacted: {@code [a=1, password=*********(redacted)]}. */
  static String storageProperties(CatalogTable table) {
    return table.options().entrySet().stream()
        .map(entry -> entry.getKey() + "=" + Redaction.value(entry.getKey(), entry.getValue()))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  static QueryResult columns(EngineSession session, dev.ember.plan.command.ShowColumns show) {
    boolean temporary = show.nameParts().size() == 1 && session.tempView(show.nameParts().get(0)).isPresent();
    StructType schema = temporary
        ? Analyzer.schemaOf(new Analyzer(session).analyze(new UnresolvedRelation(show.nameParts())))
        : session.catalog().requireTable(show.nameParts()).schema();
    List<Object[]> rows = new ArrayList<>();
    schema.fields().forEach(field -> rows.add(new Object[] {field.name()}));
    return new QueryResult(CommandRunner.strings("col_name"), rows);
  }

  static QueryResult properties(EngineSession session, ShowTableProperties show) {
    CatalogTable table = session.catalog().requireTable(show.nameParts());
    // Spark lists a table's options among its properties, as option.key
    Map<String, String> properties = new TreeMap<>(table.properties());
    table.options().forEach((key, value) -> properties.put("option." + key, value));
    List<Object[]> rows = new ArrayList<>();
    if (show.key().isPresent()) {
      String key = show.key().get();
      String value = properties.containsKey(key) ? Redaction.value(key, properties.get(key))
          : "Table " + String.join(".", table.name().parts()) + " does not have property: " + key;
      rows.add(new Object[] {key, value});
    } else {
      properties.forEach((key, value) -> rows.add(new Object[] {key, Redaction.value(key, value)}));
    }
    return new QueryResult(CommandRunner.strings("key", "value"), rows);
  }

  private static String propertiesText(Map<String, String> properties) {
    return new TreeMap<>(properties).entrySet().stream()
        .map(entry -> entry.getKey() + "=" + Redaction.value(entry.getKey(), entry.getValue()))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  static String quotedList(List<String> names) {
    return names.stream().map(dev.ember.plan.expressions.Identifiers::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  private static Object[] column(StructField field) {
    return new Object[] {field.name(), field.dataType().simpleString(), null};
  }

  private static Object[] column(StructField field, CatalogTable table) {
    return new Object[] {field.name(), field.dataType().simpleString(), table.columnComment(field.name()).orElse(null)};
  }

  static StructType schema() {
    return new StructType(List.of(new StructField("col_name", AtomicType.STRING, false),
        new StructField("data_type", AtomicType.STRING, false), new StructField("comment", AtomicType.STRING, true)));
  }
}
