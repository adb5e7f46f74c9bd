package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.engine.SessionVariables;
import dev.ember.plan.command.DeclareVariable;
import dev.ember.plan.command.DropVariable;
import dev.ember.plan.command.SetVariable;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.logical.LocalRelation;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Project;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.SqlGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * DECLARE, SET and DROP of session variables. Values are computed when the statement runs (a DEFAULT once, at the
 * declaration) and kept as typed constants, which queries then read by name (the analyzer's variable references).
 */
final class Variables {
  private Variables() {
  }

  static void declare(EngineSession session, DeclareVariable declare) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<String> parts : declare.names()) {
      String name = unqualified(parts);
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        throw new EmberException(ErrorKind.ANALYSIS, "DUPLICATE_VARIABLE_NAME_INSIDE_DECLARE", "42734",
            "Found duplicate variable " + qualified(name) + " in the declare variable list. Please, remove one of them.",
            Map.of("variableName", qualified(names.get(indexOf(names, name)))));
      }
      names.add(name);
    }
    if (!declare.replace()) {
      for (String name : names) {
        if (session.variables().get(name).isPresent()) {
          throw new EmberException(ErrorKind.ANALYSIS, "VARIABLE_ALREADY_EXISTS", "42723",
              "Cannot create the variable " + qualified(name) + " because it already exists. Choose a different name, "
                  + "or drop or rename the existing variable.", Map.of("variableName", qualified(name)));
        }
      }
    }
    Literal value = declare.defaultValue().map(expression -> evaluate(session, List.of(declare.type()
            .<Expression>map(type -> new Cast(expression, type, false)).orElse(expression)), dev.ember.plan.logical.TableValuedFunctions.oneRow(), false).get(0))
        .orElseGet(() -> Literal.nullOf(declare.type().orElseThrow()));
    names.forEach(name -> session.variables().put(name, value));
  }

  static void set(EngineSession session, SetVariable set) {
    List<SessionVariables.Variable> targets = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<String> parts : set.targets()) {
      String name = unqualified(parts);
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        throw new EmberException(ErrorKind.ANALYSIS, "DUPLICATE_ASSIGNMENTS", "42701",
            "The columns or variables " + Identifiers.quote(name) + " appear more than once as assignment targets.",
            Map.of("nameList", Identifiers.quote(name)));
      }
      targets.add(session.variables().get(name).orElseThrow(() -> unresolved(parts)));
    }
    LogicalPlan source = withDefaults(session, set.source(), targets);
    int columns = Analyzer.schemaOf(new Analyzer(session).analyze(source)).fields().size();
    if (columns != targets.size()) {
      throw dev.ember.plan.errors.SparkErrors.assignmentArityMismatch(targets.size(), columns);
    }
    List<Literal> values = evaluate(session, null, source, true);
    List<Expression> casts = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      DataType type = targets.get(i).value().dataType();
      casts.add(values.get(i).dataType().equals(type) ? values.get(i) : new Cast(values.get(i), type, false));
    }
    List<Literal> assigned = evaluate(session, casts, dev.ember.plan.logical.TableValuedFunctions.oneRow(), false);
    for (int i = 0; i < targets.size(); i++) {
      session.variables().assign(targets.get(i).name(), assigned.get(i));
    }
  }

  /**
   * {@code SET VARIABLE v = DEFAULT}, {@code SET VARIABLE (v) = (SELECT DEFAULT FROM ...)}: the bare name DEFAULT as a
   * whole value of the query's select list (under its LIMIT, OFFSET, ORDER BY) is the variable's default value; inside
   * an expression it is Spark's DEFAULT_PLACEMENT_INVALID.
   */
  private static LogicalPlan withDefaults(EngineSession session, LogicalPlan source,
      List<SessionVariables.Variable> targets) {
    if (source instanceof dev.ember.plan.logical.WithSqlOrigins origins) {
      return new dev.ember.plan.logical.WithSqlOrigins(withDefaults(session, origins.input(), targets), origins.origins());
    }
    if (source instanceof dev.ember.plan.logical.Limit limit) {
      return new dev.ember.plan.logical.Limit(withDefaults(session, limit.input(), targets), limit.limit());
    }
    if (source instanceof dev.ember.plan.logical.Offset offset) {
      return new dev.ember.plan.logical.Offset(withDefaults(session, offset.input(), targets), offset.offset());
    }
    if (source instanceof dev.ember.plan.logical.Sort sort) {
      return new dev.ember.plan.logical.Sort(withDefaults(session, sort.input(), targets), sort.orders(), sort.global());
    }
    if (!(source instanceof Project project) || project.expressions().size() != targets.size()) {
      return source;
    }
    if (project.input() instanceof Project values && project.expressions().stream().allMatch(expression ->
        expression instanceof UnresolvedAttribute attribute && attribute.nameParts().size() == 1)) {
      // VALUES (DEFAULT): the select list names the columns of the row's own projection
      Map<String, SessionVariables.Variable> byColumn = new java.util.HashMap<>();
      for (int i = 0; i < targets.size(); i++) {
        byColumn.put(((UnresolvedAttribute) project.expressions().get(i)).nameParts().get(0).toLowerCase(Locale.ROOT),
            targets.get(i));
      }
      List<Expression> row = new ArrayList<>();
      for (Expression value : values.expressions()) {
        SessionVariables.Variable target = value instanceof Alias alias
            ? byColumn.get(alias.name().toLowerCase(Locale.ROOT)) : null;
        if (target != null && isDefault(((Alias) value).child())) {
          row.add(new Alias(target.defaultValue(), ((Alias) value).name()));
        } else if (containsDefault(value)) {
          throw defaultPlacement();
        } else {
          row.add(value);
        }
      }
      return new Project(new Project(values.input(), row), project.expressions());
    }
    if (project.expressions().stream().anyMatch(Variables::containsDefault)
        && namesColumn(session, project.input(), "default")) {
      // a column of that name is read first
      return source;
    }
    List<Expression> values = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Expression value = project.expressions().get(i);
      Expression child = value instanceof Alias alias ? alias.child() : value;
      if (isDefault(child)) {
        values.add(new Alias(targets.get(i).defaultValue(), "value" + i));
        continue;
      }
      if (containsDefault(child)) {
        throw defaultPlacement();
      }
      values.add(value);
    }
    return new Project(project.input(), values);
  }

  /** Whether the query's input has a column of the name (false if it does not analyze: its own error comes later). */
  private static boolean namesColumn(EngineSession session, LogicalPlan input, String name) {
    try {
      return Analyzer.schemaOf(new Analyzer(session).analyze(input)).fields().stream()
          .anyMatch(field -> field.name().equalsIgnoreCase(name));
    } catch (RuntimeException unresolved) {
      return false;
    }
  }

  private static EmberException defaultPlacement() {
    return new EmberException(ErrorKind.ANALYSIS, "DEFAULT_PLACEMENT_INVALID", "42608", "A DEFAULT keyword in a "
        + "MERGE, INSERT, UPDATE, or SET VARIABLE command could not be directly assigned to a target column "
        + "because it was part of an expression.", Map.of());
  }

  private static boolean isDefault(Expression expression) {
    return expression instanceof UnresolvedAttribute attribute && attribute.nameParts().size() == 1
        && same(attribute.nameParts().get(0), "default");
  }

  /** Whether DEFAULT appears inside an expression (a call's argument, at any depth). */
  private static boolean containsDefault(Expression expression) {
    if (isDefault(expression)) {
      return true;
    }
    if (expression instanceof dev.ember.plan.expressions.UnresolvedFunction function) {
      return function.arguments().stream().anyMatch(Variables::containsDefault);
    }
    if (expression instanceof Alias alias) {
      return containsDefault(alias.child());
    }
    if (expression instanceof Cast cast) {
      return containsDefault(cast.child());
    }
    return false;
  }

  /** Whether {@code SET key=value} names a variable ({@code var}, {@code session.var}, ...), which SET cannot set. */
  static boolean isVariable(EngineSession session, String key) {
    return name(List.of(key.split("\\.", -1))).flatMap(session.variables()::get).isPresent();
  }

  static void drop(EngineSession session, DropVariable drop) {
    String name = unqualified(drop.name());
    if (!session.variables().remove(name) && !drop.ifExists()) {
      throw new EmberException(ErrorKind.ANALYSIS, "VARIABLE_NOT_FOUND", "42883",
          "The variable " + qualified(name) + " cannot be found. Verify the spelling and correctness of the schema and "
              + "catalog.\nIf you did not qualify the name with a schema and catalog, verify the current_schema() "
              + "output, or qualify the name with the correct schema and catalog.\nTo tolerate the error on drop use "
              + "DROP VARIABLE IF EXISTS.", Map.of("variableName", qualified(name)));
    }
  }

  /**
   * The values of {@code columns} over {@code input} (or of the input's own columns when {@code columns} is null):
   * its one row, or NULLs for no row; more rows are ROW_SUBQUERY_TOO_MANY_ROWS when {@code query}.
   */
  static List<Literal> evaluate(EngineSession session, List<Expression> columns, LogicalPlan input, boolean query) {
    LogicalPlan plan = input;
    if (columns != null) {
      List<Expression> named = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        named.add(new Alias(columns.get(i), "value" + i));
      }
      plan = new Project(input, named);
    }
    QueryResult result = rows(session, plan);
    StructType schema = result.schema();
    if (query && result.rows().size() > 1) {
      throw new EmberException(ErrorKind.SPARK, "ROW_SUBQUERY_TOO_MANY_ROWS", "21000",
          "More than one row returned by a subquery used as a row.", Map.of());
    }
    List<Literal> values = new ArrayList<>();
    List<StructField> fields = schema.fields();
    for (int i = 0; i < fields.size(); i++) {
      Object value = result.rows().isEmpty() ? null : result.rows().get(0)[i];
      values.add(new Literal(value, fields.get(i).dataType()));
    }
    return values;
  }

  /** A query's rows, read now. */
  static QueryResult rows(EngineSession session, LogicalPlan plan) {
    Analyzer analyzer = new Analyzer(session);
    ResolvedPlan resolved = analyzer.analyze(plan);
    if (!analyzer.executionErrors().isEmpty()) {
      throw analyzer.executionErrors().get(0);
    }
    StructType schema = Analyzer.schemaOf(resolved);
    try {
      return session.execute("command-" + UUID.randomUUID(), SqlGenerator.generate(resolved), schema);
    } catch (EmberException failure) {
      // as a query's run: the SQL query context of the expression that raised it, when known
      throw analyzer.runtimeOrigins().attach(failure);
    }
  }


  /** The variable's name from {@code var}, {@code session.var} or {@code system.session.var}. */
  static String unqualified(List<String> parts) {
    return name(parts).orElseThrow(() -> unresolved(parts));
  }

  private static Optional<String> name(List<String> parts) {
    boolean valid = switch (parts.size()) {
      case 1 -> true;
      case 2 -> same(parts.get(0), "session");
      case 3 -> same(parts.get(0), "system") && same(parts.get(1), "session");
      default -> false;
    };
    return valid ? Optional.of(parts.get(parts.size() - 1)) : Optional.empty();
  }

  private static EmberException unresolved(List<String> parts) {
    String name = Identifiers.quoteNameParts(parts);
    return new EmberException(ErrorKind.ANALYSIS, "UNRESOLVED_VARIABLE", "42883",
        "Cannot resolve variable " + name + " on search path [`system`.`session`].",
        Map.of("variableName", name, "searchPath", "[`system`.`session`]"));
  }

  private static String qualified(String name) {
    return Identifiers.quoteNameParts(List.of("system", "session", name));
  }

  private static int indexOf(List<String> names, String name) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean same(String name, String expected) {
    return name.toLowerCase(Locale.ROOT).equals(expected);
  }
}
