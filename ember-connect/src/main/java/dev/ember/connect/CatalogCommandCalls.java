package dev.ember.connect;

import dev.ember.commands.CommandRunner;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.Command;
import dev.ember.plan.command.CreateNamespace;
import dev.ember.plan.command.DropNamespace;
import dev.ember.plan.command.DropTable;
import dev.ember.plan.command.DropView;
import dev.ember.plan.command.RecoverPartitions;
import dev.ember.plan.command.RefreshTable;
import dev.ember.plan.command.ShowCreateTable;
import dev.ember.plan.command.ShowPartitions;
import dev.ember.plan.command.ShowTableProperties;
import dev.ember.plan.command.TruncateTable;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.types.AtomicType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.connect.proto.Catalog;

/**
 * The {@code spark.catalog()} calls Spark's Catalog runs as a SQL statement's plan (dropTable is DROP TABLE,
 * listPartitions SHOW PARTITIONS, recoverPartitions ALTER TABLE ... RECOVER PARTITIONS ...): each runs the
 * statement's command, its answer shaped as the call's.
 */
final class CatalogCommandCalls {
  private CatalogCommandCalls() {
  }

  /** Whether the call is one of these. */
  static boolean handles(Catalog.CatTypeCase call) {
    return switch (call) {
      case DROP_TABLE, DROP_VIEW, CREATE_DATABASE, DROP_DATABASE, LIST_PARTITIONS, GET_TABLE_PROPERTIES,
          GET_CREATE_TABLE_STRING, TRUNCATE_TABLE, ANALYZE_TABLE, RECOVER_PARTITIONS -> true;
      default -> false;
    };
  }

  static QueryResult run(EngineSession session, Catalog catalog) {
    QueryResult result = CommandRunner.run(session, command(catalog));
    return switch (catalog.getCatTypeCase()) {
      // Spark answers with the command's rows: (partition), (key, value)
      case LIST_PARTITIONS, GET_TABLE_PROPERTIES -> result;
      case GET_CREATE_TABLE_STRING -> CatalogRows.single(AtomicType.STRING, result.rows().get(0)[0]);
      default -> CatalogRows.nothing();
    };
  }

  private static Command command(Catalog catalog) {
    return switch (catalog.getCatTypeCase()) {
      case DROP_TABLE -> new DropTable(name(catalog.getDropTable().getTableName()),
          catalog.getDropTable().getIfExists(), catalog.getDropTable().getPurge());
      case DROP_VIEW -> new DropView(name(catalog.getDropView().getViewName()), catalog.getDropView().getIfExists());
      case CREATE_DATABASE -> createDatabase(catalog.getCreateDatabase());
      case DROP_DATABASE -> new DropNamespace(name(catalog.getDropDatabase().getDbName()),
          catalog.getDropDatabase().getIfExists(), catalog.getDropDatabase().getCascade());
      case LIST_PARTITIONS -> new ShowPartitions(name(catalog.getListPartitions().getTableName()),
          "Catalog.listPartitions");
      case GET_TABLE_PROPERTIES -> new ShowTableProperties(name(catalog.getGetTableProperties().getTableName()),
          Optional.empty());
      case GET_CREATE_TABLE_STRING -> new ShowCreateTable(name(catalog.getGetCreateTableString().getTableName()),
          catalog.getGetCreateTableString().getAsSerde());
      case TRUNCATE_TABLE -> new TruncateTable(name(catalog.getTruncateTable().getTableName()),
          "Catalog.truncateTable");
      case ANALYZE_TABLE -> new RefreshTable(name(catalog.getAnalyzeTable().getTableName()), true);
      case RECOVER_PARTITIONS -> new RecoverPartitions(name(catalog.getRecoverPartitions().getTableName()), true,
          false, "recoverPartitions()", "ALTER TABLE RECOVER PARTITIONS");
      default -> throw new IllegalArgumentException("not a statement's catalog call: " + catalog.getCatTypeCase());
    };
  }

  /**
   * {@code createDatabase(name, ifNotExists, properties)}: CREATE NAMESPACE with the properties, its {@code comment}
   * and {@code location} the namespace's comment and location as Spark's CreateNamespace takes them.
   */
  private static CreateNamespace createDatabase(org.apache.spark.connect.proto.CreateDatabase create) {
    Map<String, String> properties = new LinkedHashMap<>(create.getPropertiesMap());
    Optional<String> comment = Optional.ofNullable(properties.remove("comment"));
    Optional<String> location = Optional.ofNullable(properties.remove("location"));
    return new CreateNamespace(name(create.getDbName()), create.getIfNotExists(), comment, location, properties);
  }

  private static List<String> name(String text) {
    return Identifiers.parseAttributeName(text);
  }
}
