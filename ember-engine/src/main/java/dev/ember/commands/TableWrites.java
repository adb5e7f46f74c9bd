package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.CatalogTable;
import dev.ember.engine.EngineSession;
import dev.ember.plan.command.CreateTable;
import dev.ember.plan.command.DropTable;
import dev.ember.plan.command.FileWriteTarget;
import dev.ember.plan.command.InsertInto;
import dev.ember.plan.command.SaveAsTable;
import dev.ember.plan.command.SaveMode;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Project;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Tables made from a query: CREATE TABLE ... AS SELECT and {@code saveAsTable}. The table's entry is added first and
 * its files written through the one file writer ({@link FileWrites}); a failed write takes the entry (and a managed
 * table's directory) away again, so no half-made table stays behind.
 */
final class TableWrites {
  private TableWrites() {
  }

  static void createAsSelect(EngineSession session, CreateTable create) {
    LogicalPlan query = create.query().orElseThrow();
    if (!create.columns().fields().isEmpty()) {
      throw new EmberException(ErrorKind.PARSE, "_LEGACY_ERROR_TEMP_0035", null, "Operation not allowed: Schema may "
          + "not be specified in a Create Table As Select (CTAS) statement.",
          Map.of("message", "Schema may not be specified in a Create Table As Select (CTAS) statement"));
    }
    StructType schema = Analyzer.declaredSchemaOf(new Analyzer(session).analyze(query));
    CatalogTable table = Tables.entry(session, create, schema);
    if (!Tables.register(session, table, create.ifNotExists(), CatalogErrors::tableExists)) {
      return;
    }
    try {
      FileWrites.write(session, inTableOrder(query, table), new FileWriteTarget(table.location().orElseThrow(),
          table.format(), SaveMode.OVERWRITE, table.options(), table.partitionColumns()));
    } catch (RuntimeException e) {
      session.catalog().warehouse().update(state -> state.withoutTable(table.name()));
      TableFiles.deleteIfManaged(table);
      throw e;
    }
    TablePartitions.written(session, table.name(), List.of());
  }

  static void saveAsTable(EngineSession session, SaveAsTable save) {
    Optional<CatalogTable> existing = session.catalog().persistent(save.nameParts());
    if (existing.isPresent()) {
      switch (save.mode()) {
        case ERROR_IF_EXISTS:
          throw CatalogErrors.tableExists(existing.get().name());
        case IGNORE:
          return;
        case APPEND: {
          StructType data = Analyzer.schemaOf(new Analyzer(session).analyze(save.query()));
          TableInserts.insert(session, new InsertInto(save.nameParts(), save.query(), false, Map.of(),
              Optional.of(data.fields().stream().map(StructField::name).toList())));
          return;
        }
        default:
          Tables.drop(session, new DropTable(save.nameParts(), false, false));
      }
    }
    createAsSelect(session, new CreateTable(save.nameParts(), new StructType(List.of()), save.provider(),
        save.options(), save.partitionColumns(), Optional.empty(), Optional.empty(), Map.of(),
        Optional.empty(), false, Optional.of(save.query()), Map.of()));
  }

  /** The query's columns in the table's order (partition columns last), by name. */
  private static LogicalPlan inTableOrder(LogicalPlan query, CatalogTable table) {
    List<Expression> columns = table.schema().fields().stream()
        .map(field -> (Expression) new UnresolvedAttribute(List.of(field.name()), OptionalLong.empty())).toList();
    return new Project(query, columns);
  }
}
