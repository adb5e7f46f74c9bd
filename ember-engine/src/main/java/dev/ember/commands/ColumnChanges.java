package dev.ember.commands;

import dev.ember.catalog.CatalogTable;
import dev.ember.engine.EngineSession;
import dev.ember.plan.command.AlterTable;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.types.StructField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ALTER TABLE t ALTER|CHANGE COLUMN c ...} of spark_catalog's file tables, as Spark's v1
 * AlterTableChangeColumnCommand: only the column's comment changes; a new type is NOT_SUPPORTED_CHANGE_COLUMN, a new
 * position UNSUPPORTED_FEATURE.TABLE_OPERATION, an unknown column UNRESOLVED_COLUMN, a view
 * EXPECT_TABLE_NOT_VIEW.
 */
final class ColumnChanges {
  private static final String OPERATION = "ALTER TABLE ... CHANGE COLUMN";

  private ColumnChanges() {
  }

  /** A temporary view (or a global one) named by the statement: Spark's EXPECT_TABLE_NOT_VIEW.NO_ALTERNATIVE. */
  static void requireNotTemporaryView(EngineSession session, List<String> nameParts) {
    boolean temporary = nameParts.size() == 1 && session.tempView(nameParts.get(0)).isPresent()
        || nameParts.size() == 2 && dev.ember.catalog.Views.isGlobalTempNamespace(nameParts.get(0))
            && session.globalTempViews().get(nameParts.get(1)).isPresent();
    if (temporary) {
      String view = Identifiers.quoteNameParts(nameParts);
      throw new EmberException(ErrorKind.ANALYSIS, "EXPECT_TABLE_NOT_VIEW.NO_ALTERNATIVE", "42809", "'" + OPERATION
          + "' expects a table but " + view + " is a view.", Map.of("operation", OPERATION, "viewName", view));
    }
  }

  static CatalogTable changed(CatalogTable table, AlterTable.ChangeColumn change) {
    String name = change.column().get(change.column().size() - 1);
    StructField field = table.schema().fields().stream().filter(column -> column.name().equalsIgnoreCase(name))
        .findFirst().orElse(null);
    if (field == null || change.column().size() > 1) {
      throw StoreAssignment.unresolvedColumn(String.join(".", change.column()), table);
    }
    if (change.position()) {
      throw Tables.unsupportedOperation(ErrorKind.ANALYSIS, table.name().quoted(), "ALTER COLUMN ... FIRST | AFTER");
    }
    if (change.type().isPresent() && !change.type().get().equals(field.dataType())) {
      String column = Identifiers.quote(field.name());
      String originType = SparkErrors.toSqlType(field.dataType());
      String newType = SparkErrors.toSqlType(change.type().get());
      throw new EmberException(ErrorKind.ANALYSIS, "NOT_SUPPORTED_CHANGE_COLUMN", "0A000", "ALTER TABLE ALTER/CHANGE "
          + "COLUMN is not supported for changing " + table.name().quoted() + "'s column " + column + " with type "
          + originType + " to " + column + " with type " + newType + ".", Map.of("table", table.name().quoted(),
              "originName", column, "originType", originType, "newName", column, "newType", newType));
    }
    if (change.comment().isEmpty()) {
      return table;
    }
    Map<String, String> comments = new HashMap<>(table.columnComments());
    comments.put(field.name(), change.comment().get());
    return table.withColumnComments(comments);
  }
}
