package dev.ember.catalog;

import dev.ember.plan.command.SqlFunction;
import java.util.List;
import java.util.Objects;

/**
 * A persistent SQL function of a database ({@code CREATE FUNCTION db.f(...) RETURN ...}): its name in the database
 * and the text of the statement that created it, parsed again where the function is called (as a view keeps its
 * query's text), and the SQL path it was created under, which its body resolves names along (none kept by older
 * warehouses).
 */
public record CatalogFunction(TableName name, String text, long createTime, java.util.Optional<String> path) {
  public CatalogFunction {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }

  /** The function its text defines, named {@code spark_catalog.db.f} as Spark names a persistent function. */
  public SqlFunction definition() {
    return SqlTexts.function(text, name).inCatalog(List.of(TableName.CATALOG, name.database()), path);
  }
}
