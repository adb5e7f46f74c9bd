package dev.ember.commands;

import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.TableKind;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.ShowCreateTable;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.types.StructField;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** SHOW CREATE TABLE: Spark's ShowCreateTableCommand text for a data source table or a view. */
final class ShowCreateTables {
  private ShowCreateTables() {
  }

  static QueryResult show(EngineSession session, ShowCreateTable show) {
    CatalogTable table = session.catalog().requireTable(show.nameParts());
    if (show.asSerde() && !table.isView()) {
      // Ember's tables are Spark data source tables: only a Hive table has a SerDe DDL
      throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.ANALYSIS,
          "UNSUPPORTED_SHOW_CREATE_TABLE.ON_DATA_SOURCE_TABLE_WITH_AS_SERDE", "0A000", "Unsupported a SHOW CREATE "
          + "TABLE command. The table " + table.name().quoted() + " is a Spark data source table. Please use SHOW "
          + "CREATE TABLE without AS SERDE instead.", java.util.Map.of("tableName", table.name().quoted()));
    }
    String text = table.isView() ? view(table, session.conf().viewSchemaBindingEnabled()) : table(table);
    return new QueryResult(CommandRunner.strings("createtab_stmt"), List.<Object[]>of(new Object[] {text}));
  }

  private static String table(CatalogTable table) {
    StringBuilder text = new StringBuilder("CREATE TABLE ").append(String.join(".", table.name().parts()))
        .append(" (\n");
    text.append(table.schema().fields().stream().map(field -> "  " + quoteIfNeeded(field.name()) + " " + columnType(field)
        + table.columnComment(field.name()).map(comment -> " COMMENT '" + escape(comment) + "'").orElse("")).collect(Collectors.joining(",\n")));
    text.append(")\nUSING ").append(table.provider()).append('\n');
    if (!table.options().isEmpty()) {
      text.append("OPTIONS (\n").append(pairs(table.options())).append(")\n");
    }
    if (!table.partitionColumns().isEmpty()) {
      text.append("PARTITIONED BY (").append(names(table.partitionColumns())).append(")\n");
    }
    table.buckets().ifPresent(buckets -> {
      text.append("CLUSTERED BY (").append(names(buckets.bucketColumns())).append(")\n");
      if (!buckets.sortColumns().isEmpty()) {
        text.append("SORTED BY (").append(names(buckets.sortColumns())).append(")\n");
      }
      text.append("INTO ").append(buckets.buckets()).append(" BUCKETS\n");
    });
    table.comment().ifPresent(comment -> text.append("COMMENT '").append(escape(comment)).append("'\n"));
    if (table.kind() == TableKind.EXTERNAL) {
      text.append("LOCATION '").append(escape(table.location().orElseThrow())).append("'\n");
    }
    if (!table.properties().isEmpty()) {
      text.append("TBLPROPERTIES (\n").append(pairs(table.properties())).append(")\n");
    }
    return text.toString();
  }

  private static String view(CatalogTable view, boolean bindingEnabled) {
    StringBuilder text = new StringBuilder("CREATE VIEW ").append(view.name().database()).append('.')
        .append(view.name().table())
        .append(" (\n");
    text.append(view.schema().fields().stream().map(StructField::name).map(name -> "  " + quoteIfNeeded(name)
        + view.columnComment(name).map(comment -> " COMMENT '" + escape(comment) + "'").orElse(""))
        .collect(Collectors.joining(",\n")));
    text.append(")\n");
    view.comment().ifPresent(comment -> text.append("COMMENT '").append(escape(comment)).append("'\n"));
    view.defaultCollation().ifPresent(collation -> text.append("DEFAULT COLLATION ").append(collation).append('\n'));
    if (!view.properties().isEmpty()) {
      text.append("TBLPROPERTIES (\n").append(pairs(view.properties())).append(")\n");
    }
    if (bindingEnabled) {
      text.append("WITH SCHEMA ").append(view.schemaMode(true).text()).append('\n');
    }
    return text.append("AS ").append(view.viewText().orElse("")).append('\n').toString();
  }

  /** Spark 4.2 writes a string column's collation. */
  private static String columnType(StructField field) {
    String type = field.dataType().sql();
    return field.dataType() == dev.ember.plan.types.AtomicType.STRING
        || field.dataType() instanceof dev.ember.plan.types.CharVarcharType ? type + " COLLATE UTF8_BINARY" : type;
  }

  private static String pairs(Map<String, String> values) {
    return new TreeMap<>(values).entrySet().stream().map(entry -> "  '" + escape(entry.getKey()) + "' = '"
        + escape(Redaction.value(entry.getKey(), entry.getValue())) + "'").collect(Collectors.joining(",\n"));
  }

  private static String names(List<String> columns) {
    return columns.stream().map(ShowCreateTables::quoteIfNeeded).collect(Collectors.joining(", "));
  }

  private static String quoteIfNeeded(String name) {
    return name.matches("[a-zA-Z_][a-zA-Z0-9_]*") ? name : Identifiers.quote(name);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("'", "\\'");
  }
}
