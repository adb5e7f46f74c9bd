package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.catalog.Views;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.CreateTempView;
import dev.ember.plan.command.DropView;
import dev.ember.plan.command.ShowTables;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.ToDF;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** SQL's temporary views, the session's and global ones: CREATE [GLOBAL] TEMPORARY VIEW, DROP VIEW, SHOW TABLES / VIEWS. */
final class TempViews {
  private TempViews() {
  }

  static void create(EngineSession session, CreateTempView view) {
    if (view.nameParts().size() > 1) {
      throw new EmberException(ErrorKind.PARSE, "TEMP_VIEW_NAME_TOO_MANY_NAME_PARTS", "428EK",
          "CREATE TEMPORARY VIEW or the corresponding Dataset APIs only accept single-part view names, but got: "
              + Identifiers.quoteNameParts(view.nameParts()) + ".",
          Map.of("actualName", Identifiers.quoteNameParts(view.nameParts())));
    }
    String name = view.nameParts().get(0);
    LogicalPlan query = view.query();
    StructType schema = Analyzer.schemaOf(new Analyzer(session).analyze(query));
    Optional<dev.ember.catalog.Views.SqlDefinition> definition = view.text().map(text ->
        new dev.ember.catalog.Views.SqlDefinition(text, schema.fields().stream().map(StructField::name).toList(),
            session.catalog().currentDatabase(), CapturedConfs.of(session)));
    if (view.columnNames().isPresent()) {
      List<String> columns = view.columnNames().get();
      if (columns.size() != schema.fields().size()) {
        throw arityMismatch(Identifiers.quoteNameParts(List.of(name)), columns, schema);
      }
      query = new ToDF(query, columns);
    }
    if (view.global()) {
      session.createGlobalTempView(name, query, view.replace(), definition);
    } else {
      session.createTempView(name, query, view.replace(), definition);
    }
  }

  static EmberException arityMismatch(String view, List<String> columns, StructType schema) {
    boolean tooMany = columns.size() > schema.fields().size();
    String reason = tooMany ? "NOT_ENOUGH_DATA_COLUMNS" : "TOO_MANY_DATA_COLUMNS";
    String viewColumns = columns.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
    String dataColumns = schema.fields().stream().map(field -> Identifiers.quote(field.name()))
        .collect(Collectors.joining(", "));
    String qualified = view;
    return new EmberException(ErrorKind.ANALYSIS, "CREATE_VIEW_COLUMN_ARITY_MISMATCH." + reason, "21S01",
        "Cannot create view " + qualified + ", the reason is " + (tooMany ? "not enough" : "too many")
            + " data columns:\nView columns: " + viewColumns + ".\nData columns: " + dataColumns + ".",
        Map.of("viewName", qualified, "viewColumns", viewColumns, "dataColumns", dataColumns));
  }

  static void drop(EngineSession session, DropView drop) {
    List<String> parts = drop.nameParts();
    dev.ember.catalog.SessionCatalog.requireSessionTableName(parts);
    boolean dropped = parts.size() == 1 ? session.dropTempView(parts.get(0))
        : parts.size() == 2 && Views.isGlobalTempNamespace(parts.get(0)) && session.globalTempViews().drop(parts.get(1));
    if (!dropped && parts.size() <= 3 && !(parts.size() == 2 && Views.isGlobalTempNamespace(parts.get(0)))) {
      dropped = PersistentViews.drop(session, drop);
    }
    if (!dropped && !drop.ifExists()) {
      // Spark looks the name up in the session catalog once it is not a temporary view
      List<String> qualified = drop.nameParts().size() == 1
          ? List.of(dev.ember.catalog.TableName.CATALOG, session.catalog().currentDatabase(), drop.nameParts().get(0))
          : drop.nameParts();
      String name = Identifiers.quoteNameParts(qualified);
      Map<String, String> parameters = new java.util.LinkedHashMap<>();
      parameters.put("relationName", name);
      parameters.put("searchPath", "[`" + dev.ember.catalog.TableName.CATALOG + "`.`" + session.catalog().currentDatabase() + "`]");
      throw new EmberException(ErrorKind.NO_SUCH_TABLE, "TABLE_OR_VIEW_NOT_FOUND", "42P01", "The table or view " + name
          + " cannot be found. Verify the spelling and correctness of the schema and catalog.", parameters);
    }
  }

  static QueryResult show(EngineSession session, ShowTables show) {
    boolean global = show.namespace().filter(parts -> parts.size() == 1 && Views.isGlobalTempNamespace(parts.get(0)))
        .isPresent();
    String database = session.catalog().currentDatabase();
    if (!global && show.namespace().isPresent()) {
      database = session.catalog().databaseName(show.namespace().get());
    }
    Pattern pattern = show.pattern().map(dev.ember.catalog.NamePatterns::of).orElse(null);
    List<Object[]> rows = new ArrayList<>();
    if (global) {
      session.globalTempViews().names().stream().sorted()
          .filter(name -> pattern == null || pattern.matcher(name).matches())
          .forEach(name -> rows.add(new Object[] {Views.GLOBAL_TEMP_NAMESPACE, name, true}));
    } else {
      session.catalog().requireDatabase(database);
      String namespace = database;
      session.catalog().state().tablesOf(database).stream()
          .filter(table -> !show.viewsOnly() || table.isView())
          .filter(table -> pattern == null || pattern.matcher(table.name().table()).matches())
          .forEach(table -> rows.add(new Object[] {namespace, table.name().table(), false}));
    }
    session.tempViewNames().stream().sorted()
        .filter(name -> pattern == null || pattern.matcher(name).matches())
        .forEach(name -> rows.add(new Object[] {"", name, true}));
    String nameColumn = show.viewsOnly() ? "viewName" : "tableName";
    return new QueryResult(new StructType(List.of(new StructField("namespace", AtomicType.STRING, false),
        new StructField(nameColumn, AtomicType.STRING, false),
        new StructField("isTemporary", AtomicType.BOOLEAN, false))), rows);
  }
}
