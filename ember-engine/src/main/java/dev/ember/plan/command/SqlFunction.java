package dev.ember.plan.command;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Optional;

/**
 * A SQL user-defined function ({@code CREATE TEMPORARY FUNCTION f(a INT, b INT DEFAULT 1) RETURNS ... RETURN ...}):
 * a scalar one computes {@code expression} ({@code returnType} its declared type, if any), a table one reads
 * {@code query} ({@code returnColumns} its declared columns, if any); parameters are read by name in the body. A
 * persistent function's {@code qualifier} is its catalog and database ({@code spark_catalog, default}); a temporary
 * one has none. {@code readsSqlData} is false for a function declared CONTAINS SQL (or NO SQL), whose body may read no
 * table, view or function that reads SQL data. A persistent function's {@code frozenPath} is the SQL path (as
 * {@code current_path()} writes it) its body resolves names along: the one it was created under.
 */
public record SqlFunction(String name, List<Parameter> parameters, Optional<DataType> returnType,
    Optional<StructType> returnColumns, Optional<Expression> expression, Optional<LogicalPlan> query,
    List<String> qualifier, boolean readsSqlData, Optional<String> frozenPath) {
  public SqlFunction {
    parameters = List.copyOf(parameters);
    qualifier = List.copyOf(qualifier);
  }

  /** A temporary function: no qualifier. */
  public SqlFunction(String name, List<Parameter> parameters, Optional<DataType> returnType,
      Optional<StructType> returnColumns, Optional<Expression> expression, Optional<LogicalPlan> query,
      boolean readsSqlData) {
    this(name, parameters, returnType, returnColumns, expression, query, List.of(), readsSqlData, Optional.empty());
  }

  /** The function as a database keeps it: qualified by the catalog and database, with its frozen path. */
  public SqlFunction inCatalog(List<String> newQualifier, Optional<String> path) {
    return new SqlFunction(name, parameters, returnType, returnColumns, expression, query, newQualifier,
        readsSqlData, path);
  }

  /** {@code f}, or {@code spark_catalog.default.f}: how Spark names the function in column names and paths. */
  public String displayName() {
    return qualifier.isEmpty() ? name : String.join(".", qualifier) + "." + name;
  }

  /** {@code `f`}, or {@code `spark_catalog`.`default`.`f`}: how Spark's errors name it. */
  public String quotedName() {
    List<String> parts = new java.util.ArrayList<>(qualifier);
    parts.add(name);
    return dev.ember.plan.expressions.Identifiers.quoteNameParts(parts);
  }

  /** A parameter: its name, type and DEFAULT expression. */
  public record Parameter(String name, DataType type, Optional<Expression> defaultValue) {
  }

  public boolean isTable() {
    return query.isPresent();
  }

  /** How many arguments a call must give: the parameters before the first with a default. */
  public int requiredArguments() {
    int required = 0;
    while (required < parameters.size() && parameters.get(required).defaultValue().isEmpty()) {
      required++;
    }
    return required;
  }
}
