package dev.ember.catalog;

import dev.ember.plan.command.ClassFunction;
import dev.ember.plan.command.SqlFunction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A persistent function of a database: its name in the database and the text of the statement that created it. A SQL
 * function ({@code CREATE FUNCTION db.f(...) RETURN ...}) is parsed again where it is called (as a view keeps its
 * query's text), along the SQL path it was created under (none kept by older warehouses); a function of a JVM class
 * ({@code CREATE FUNCTION db.f AS 'class'}) keeps its class and jars, loaded where it is called.
 */
public record CatalogFunction(TableName name, String text, long createTime, Optional<String> path,
    Optional<ClassFunction> classFunction) {
  public CatalogFunction {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(classFunction, "classFunction");
  }

  /** A SQL function. */
  public CatalogFunction(TableName name, String text, long createTime, Optional<String> path) {
    this(name, text, createTime, path, Optional.empty());
  }

  /** The SQL function its text defines, named {@code spark_catalog.db.f} as Spark names a persistent function. */
  public SqlFunction definition() {
    return SqlTexts.function(text, name).inCatalog(List.of(TableName.CATALOG, name.database()), path);
  }

  public boolean isSql() {
    return classFunction.isEmpty();
  }

  /** {@code spark_catalog.db.f}: how Spark names the function in column names. */
  public String displayName() {
    return String.join(".", qualifiedParts());
  }

  /** {@code `spark_catalog`.`db`.`f`}: how Spark's errors name it. */
  public String quotedName() {
    return dev.ember.plan.expressions.Identifiers.quoteNameParts(qualifiedParts());
  }

  private List<String> qualifiedParts() {
    return List.of(TableName.CATALOG, name.database(), name.table());
  }
}
