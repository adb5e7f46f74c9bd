package dev.ember.catalog;

import dev.ember.plan.expressions.Identifiers;
import java.util.List;
import java.util.Locale;

/**
 * A persistent table's, view's or function's name in Spark's session catalog: its database and its own name,
 * lower-cased.
 */
public record TableName(String database, String table) {
  /** The one catalog Ember has, Spark's session catalog. */
  public static final String CATALOG = "spark_catalog";

  public TableName {
    database = database.toLowerCase(Locale.ROOT);
    table = table.toLowerCase(Locale.ROOT);
  }

  /** {@code `spark_catalog`.`db`.`t`}, as Spark's errors and DESCRIBE name it. */
  public String quoted() {
    return Identifiers.quoteNameParts(List.of(CATALOG, database, table));
  }

  /** {@code spark_catalog.db.t} unquoted, as Spark's SHOW CREATE TABLE and messages without quotes write it. */
  public List<String> parts() {
    return List.of(CATALOG, database, table);
  }
}
