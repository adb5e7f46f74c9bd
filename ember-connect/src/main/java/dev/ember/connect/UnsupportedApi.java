package dev.ember.connect;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.SparkErrors;
import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.connect.proto.Catalog;
import org.apache.spark.connect.proto.Command;
import org.apache.spark.connect.proto.Expression;
import org.apache.spark.connect.proto.Relation;

/**
 * The user's API behind a request Ember does not serve yet: an error names what the user called
 * ({@code DataFrameWriter.save}, {@code Dataset.observe}), never the protocol message it came as.
 */
final class UnsupportedApi {
  private static final String REASON = "Ember does not support it yet.";
  private static final Map<Command.CommandTypeCase, String> COMMANDS = new EnumMap<>(Command.CommandTypeCase.class);
  private static final Map<Relation.RelTypeCase, String> RELATIONS = new EnumMap<>(Relation.RelTypeCase.class);
  private static final Map<Expression.ExprTypeCase, String> EXPRESSIONS = new EnumMap<>(Expression.ExprTypeCase.class);
  private static final Map<Catalog.CatTypeCase, String> CATALOG = new EnumMap<>(Catalog.CatTypeCase.class);

  static {
    COMMANDS.put(Command.CommandTypeCase.REGISTER_FUNCTION, "UDFRegistration.register");
    COMMANDS.put(Command.CommandTypeCase.WRITE_OPERATION, "DataFrameWriter.save");
    COMMANDS.put(Command.CommandTypeCase.SQL_COMMAND, "SparkSession.sql");
    COMMANDS.put(Command.CommandTypeCase.WRITE_STREAM_OPERATION_START, "DataStreamWriter.start");
    COMMANDS.put(Command.CommandTypeCase.STREAMING_QUERY_COMMAND, "StreamingQuery");
    COMMANDS.put(Command.CommandTypeCase.GET_RESOURCES_COMMAND, "SparkSession.resources");
    COMMANDS.put(Command.CommandTypeCase.STREAMING_QUERY_MANAGER_COMMAND, "StreamingQueryManager");
    COMMANDS.put(Command.CommandTypeCase.STREAMING_QUERY_LISTENER_BUS_COMMAND, "StreamingQueryManager.addListener");
    COMMANDS.put(Command.CommandTypeCase.CREATE_RESOURCE_PROFILE_COMMAND, "ResourceProfile");
    COMMANDS.put(Command.CommandTypeCase.ML_COMMAND, "Spark ML");
    COMMANDS.put(Command.CommandTypeCase.EXECUTE_EXTERNAL_COMMAND, "SparkSession.executeCommand");
    COMMANDS.put(Command.CommandTypeCase.PIPELINE_COMMAND, "declarative pipelines");

    RELATIONS.put(Relation.RelTypeCase.SQL, "SparkSession.sql");
    RELATIONS.put(Relation.RelTypeCase.MAP_PARTITIONS, "Dataset.mapPartitions");
    RELATIONS.put(Relation.RelTypeCase.GROUP_MAP, "KeyValueGroupedDataset.flatMapGroups");
    RELATIONS.put(Relation.RelTypeCase.CO_GROUP_MAP, "KeyValueGroupedDataset.cogroup");
    RELATIONS.put(Relation.RelTypeCase.HTML_STRING, "DataFrame._repr_html_");
    RELATIONS.put(Relation.RelTypeCase.AS_OF_JOIN, "Dataset.joinAsOf");
    RELATIONS.put(Relation.RelTypeCase.COMMON_INLINE_USER_DEFINED_DATA_SOURCE, "a Python data source");
    RELATIONS.put(Relation.RelTypeCase.RELATION_CHANGES, "DataFrameReader.changes");
    RELATIONS.put(Relation.RelTypeCase.ML_RELATION, "Spark ML");

    EXPRESSIONS.put(Expression.ExprTypeCase.COMMON_INLINE_USER_DEFINED_FUNCTION, "UserDefinedFunction.apply");
    // outside a merge command's clauses
    EXPRESSIONS.put(Expression.ExprTypeCase.MERGE_ACTION, "MergeIntoWriter.merge");
    EXPRESSIONS.put(Expression.ExprTypeCase.TYPED_AGGREGATE_EXPRESSION, "Aggregator.toColumn");
    // a subquery expression's table argument form (TVF arguments); the other forms are translated
    EXPRESSIONS.put(Expression.ExprTypeCase.SUBQUERY_EXPRESSION, "Dataset.asTable");

    for (Catalog.CatTypeCase operation : Catalog.CatTypeCase.values()) {
      CATALOG.put(operation, "Catalog." + camelCase(operation.name()));
    }
  }

  private UnsupportedApi() {
  }

  static EmberException command(Command.CommandTypeCase command) {
    return of(COMMANDS.get(command), "command " + command);
  }

  static EmberException relation(Relation.RelTypeCase relation) {
    return of(RELATIONS.get(relation), "relation " + relation);
  }

  static EmberException expression(Expression.ExprTypeCase expression) {
    return of(EXPRESSIONS.get(expression), "expression " + expression);
  }

  static EmberException catalog(Catalog.CatTypeCase operation) {
    return of(CATALOG.get(operation), "catalog operation " + operation);
  }

  /** A feature Ember lacks that has no single API name (a join type, a window frame ...). */
  static EmberException feature(String what) {
    return SparkErrors.unsupportedCall(what, "Ember", REASON);
  }

  /** An API named directly, as {@code Class.method}. */
  static EmberException named(String api) {
    return of(api, api);
  }

  /** {@code Class.method} (or a bare name) as UNSUPPORTED_CALL's className and methodName. */
  private static EmberException of(String api, String message) {
    if (api == null) {
      // a message of a newer protocol than Ember knows
      return SparkErrors.unsupportedCall(message, "SparkSession", REASON);
    }
    int dot = api.lastIndexOf('.');
    return dot < 0 ? SparkErrors.unsupportedCall(api, "SparkSession", REASON)
        : SparkErrors.unsupportedCall(api.substring(dot + 1), api.substring(0, dot), REASON);
  }

  /** LIST_TABLES → listTables. */
  private static String camelCase(String constant) {
    StringBuilder name = new StringBuilder();
    for (String word : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
      name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return name.toString();
  }
}
