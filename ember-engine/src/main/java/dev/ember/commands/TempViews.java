package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** SQL's temporary views: CREATE TEMPORARY VIEW, DROP VIEW, SHOW TABLES / SHOW VIEWS. */
final class TempViews {
  private TempViews() {
  }

  static void create(EngineSession session, CreateTempView view) {
    if (view.global()) {
      throw CommandRunner.unsupported("CREATE GLOBAL TEMPORARY VIEW");
    }
    if (view.nameParts().size() > 1) {
      throw new EmberException(ErrorKind.PARSE, "TEMP_VIEW_NAME_TOO_MANY_NAME_PARTS", "428EK",
          "CREATE TEMPORARY VIEW or the corresponding Dataset APIs only accept single-part view names, but got: "
              + Identifiers.quoteNameParts(view.nameParts()) + ".",
          Map.of("actualName", Identifiers.quoteNameParts(view.nameParts())));
    }
    String name = view.nameParts().get(0);
    if (view.ifNotExists() && session.tempView(name).isPresent()) {
      return;
    }
    LogicalPlan query = view.query();
    StructType schema = Analyzer.schemaOf(new Analyzer(session).analyze(query));
    if (view.columnNames().isPresent()) {
      List<String> columns = view.columnNames().get();
      if (columns.size() != schema.fields().size()) {
        throw arityMismatch(name, columns, schema);
      }
      query = new ToDF(query, columns);
    }
    session.createTempView(name, query, view.replace());
  }

  private static EmberException arityMismatch(String view, List<String> columns, StructType schema) {
    boolean tooMany = columns.size() > schema.fields().size();
    String reason = tooMany ? "NOT_ENOUGH_DATA_COLUMNS" : "TOO_MANY_DATA_COLUMNS";
    String viewColumns = columns.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
    String dataColumns = schema.fields().stream().map(field -> Identifiers.quote(field.name()))
        .collect(Collectors.joining(", "));
    String qualified = Identifiers.quoteNameParts(List.of(view));
    return new EmberException(ErrorKind.ANALYSIS, "CREATE_VIEW_COLUMN_ARITY_MISMATCH." + reason, "21S01",
        "Cannot create view " + qualified + ", the reason is " + (tooMany ? "not enough" : "too many")
            + " data columns:\nView columns: " + viewColumns + ".\nData columns: " + dataColumns + ".",
        Map.of("viewName", qualified, "viewColumns", viewColumns, "dataColumns", dataColumns));
  }

  static void drop(EngineSession session, DropView drop) {
    boolean dropped = drop.nameParts().size() == 1 && session.dropTempView(drop.nameParts().get(0));
    if (!dropped && !drop.ifExists()) {
      // Spark looks the name up in the session catalog once it is not a temporary view
      List<String> qualified = drop.nameParts().size() == 1
          ? List.of(Namespaces.CATALOG, Namespaces.DEFAULT, drop.nameParts().get(0)) : drop.nameParts();
      String name = Identifiers.quoteNameParts(qualified);
      Map<String, String> parameters = new java.util.LinkedHashMap<>();
      parameters.put("relationName", name);
      parameters.put("searchPath", "[`" + Namespaces.CATALOG + "`.`" + Namespaces.DEFAULT + "`]");
      throw new EmberException(ErrorKind.NO_SUCH_TABLE, "TABLE_OR_VIEW_NOT_FOUND", "42P01", "The table or view " + name
          + " cannot be found. Verify the spelling and correctness of the schema and catalog.", parameters);
    }
  }

  static QueryResult show(EngineSession session, ShowTables show) {
    show.namespace().ifPresent(Namespaces::require);
    Pattern pattern = show.pattern().map(TempViews::likePattern).orElse(null);
    List<Object[]> rows = new ArrayList<>();
    session.tempViewNames().stream().sorted()
        .filter(name -> pattern == null || pattern.matcher(name).matches())
        .forEach(name -> rows.add(new Object[] {"", name, true}));
    String nameColumn = show.viewsOnly() ? "viewName" : "tableName";
    return new QueryResult(new StructType(List.of(new StructField("namespace", AtomicType.STRING, false),
        new StructField(nameColumn, AtomicType.STRING, false),
        new StructField("isTemporary", AtomicType.BOOLEAN, false))), rows);
  }

  /** Spark's SHOW pattern: {@code *} any characters, {@code |} alternatives, case-insensitive. */
  private static Pattern likePattern(String pattern) {
    String regex = java.util.Arrays.stream(pattern.trim().split("\\|"))
        .map(part -> java.util.Arrays.stream(part.trim().split("\\*", -1)).map(Pattern::quote)
            .collect(Collectors.joining(".*")))
        .collect(Collectors.joining("|"));
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

}
