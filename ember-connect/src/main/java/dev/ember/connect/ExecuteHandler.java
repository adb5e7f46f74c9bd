package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.engine.arrow.ArrowBatch;
import dev.ember.plan.logical.LogicalPlan;
import java.util.function.Consumer;
import org.apache.spark.connect.proto.Command;
import org.apache.spark.connect.proto.ExecutePlanRequest;
import java.util.List;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.apache.spark.connect.proto.Relation;
import org.sparkproject.com.google.protobuf.UnsafeByteOperations;

/**
 * {@code ExecutePlan}: runs a query (schema, then Arrow batches) or a command, then
 * {@code result_complete} when the client asked for a reattachable stream.
 */
final class ExecuteHandler {
  private final LocalRelationDecoder localRelations;
  private final CompressedPlans compressedPlans;

  ExecuteHandler(LocalRelationDecoder localRelations, CompressedPlans compressedPlans) {
    this.compressedPlans = compressedPlans;
    this.localRelations = localRelations;
  }

  /** Streams every response through {@code send}; each gets the session and operation ids there. */
  void handle(ExecutePlanRequest request, String operationId, EngineSession session, KeptPlans keptPlans,
      Consumer<ExecutePlanResponse.Builder> send) {
    org.apache.spark.connect.proto.Plan plan = compressedPlans.decompressed(request.getPlan());
    if (plan.hasRoot()) {
      try {
        runRelation(plan.getRoot(), operationId, session, keptPlans, ResultChunks.of(request, session).sender(send));
      } finally {
        if (plan.getRoot().hasCatalog()) {
          // spark.catalog's calls may change what names mean (views, tables, the current database, the cache)
          KeptPlans.stateChanged();
        }
      }
    } else if (plan.hasCommand()) {
      try {
        runCommand(plan.getCommand(), operationId, session, send);
      } finally {
        // spark.sql's text changes something only when it is no query: runSql knows
        if (!plan.getCommand().hasSqlCommand()) {
          KeptPlans.stateChanged();
        }
      }
    } else {
      throw ExpressionTranslator.notSupported("a plan without a relation or command");
    }
    if (isReattachable(request)) {
      send.accept(ExecutePlanResponse.newBuilder()
          .setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()));
    }
  }

  /** Sends the schema, then the result as Arrow batches while DuckDB produces them. */
  private void runRelation(Relation relation, String operationId, EngineSession session, KeptPlans keptPlans,
      Consumer<ExecutePlanResponse.Builder> send) {
    RelationTranslator relations = new RelationTranslator(localRelations, session);
    if (relation.hasShowString()) {
      var show = relation.getShowString();
      QueryRunner.PreparedQuery query = keptPlans.prepare(relation, session,
          () -> ShowStringRunner.rowsOf(show, relations.translate(show.getInput())));
      sendResult(ShowStringRunner.run(session, operationId, show, query), session, send);
      return;
    }
    QueryRunner.PreparedQuery query = keptPlans.prepare(relation, session, () -> relations.translate(relation));
    SchemaWithFirstBatch result = new SchemaWithFirstBatch(DataTypes.schemaOf(query.plan().output()), send);
    query.requireRunnable();
    long[] offset = {0};
    try {
      session.executeInArrowBatches(operationId, query.sql(), query.schema(), maxRowsPerBatch(session),
          batch -> offset[0] += sendBatch(batch, offset[0], result));
    } catch (dev.ember.plan.errors.EmberException failure) {
      throw query.withQueryContext(failure);
    }
    result.finish();
    List<ExecutePlanResponse.ObservedMetrics> observed = QueryRunner.observe(session, operationId, query);
    if (!observed.isEmpty()) {
      send.accept(ExecutePlanResponse.newBuilder().addAllObservedMetrics(observed));
    }
  }

  private static int maxRowsPerBatch(EngineSession session) {
    return Math.max(1, Integer.parseInt(
        session.conf().getOrDefault("spark.sql.execution.arrow.maxRecordsPerBatch", "10000")));
  }

  private static long sendBatch(ArrowBatch batch, long offset, Consumer<ExecutePlanResponse.Builder> send) {
    // the batch's bytes are never changed after this: wrapped, not copied
    send.accept(ExecutePlanResponse.newBuilder().setArrowBatch(ExecutePlanResponse.ArrowBatch.newBuilder()
        .setRowCount(batch.rowCount()).setStartOffset(offset).setData(UnsafeByteOperations.unsafeWrap(batch.data()))));
    return batch.rowCount();
  }

  private void sendResult(QueryResult result, EngineSession session, Consumer<ExecutePlanResponse.Builder> send) {
    SchemaWithFirstBatch withSchema = new SchemaWithFirstBatch(DataTypes.toProto(result.schema()), send);
    long offset = 0;
    for (ArrowBatch batch : session.encode(result, maxRowsPerBatch(session))) {
      offset += sendBatch(batch, offset, withSchema);
    }
    withSchema.finish();
  }

  private void runCommand(Command command, String operationId, EngineSession session,
      Consumer<ExecutePlanResponse.Builder> send) {
    RelationTranslator relations = new RelationTranslator(localRelations, session);
    switch (command.getCommandTypeCase()) {
      case CREATE_DATAFRAME_VIEW: {
        var view = command.getCreateDataframeView();
        // the name is read as Spark's server reads it: `a b` names the view a b, a text that is no name is refused
        java.util.List<String> nameParts = dev.ember.sql.SqlParser.viewName(view.getName());
        String name = nameParts.size() == 1 ? nameParts.get(0) : view.getName();
        LogicalPlan plan = relations.translate(view.getInput());
        QueryRunner.prepare(session, plan);
        if (view.getIsGlobal()) {
          session.createGlobalTempView(name, plan, view.getReplace());
        } else {
          session.createTempView(name, plan, view.getReplace());
        }
        break;
      }
      case CHECKPOINT_COMMAND: {
        // local and reliable checkpoints alike live in the session's DuckDB, as localCheckpoint's do;
        // a reliable one needs a checkpoint directory, as in Spark
        if (!command.getCheckpointCommand().getLocal() && session.conf().getOrDefault("spark.checkpoint.dir", "").isEmpty()) {
          throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.SPARK, "_LEGACY_ERROR_TEMP_3016",
              null, "Checkpoint directory has not been set in the SparkContext", java.util.Map.of());
        }
        QueryRunner.PreparedQuery query = QueryRunner.prepare(session,
            relations.translate(command.getCheckpointCommand().getRelation()));
        String id = session.checkpoint(dev.ember.sqlgen.SqlGenerator.generatePositional(query.plan()), query.schema());
        send.accept(ExecutePlanResponse.newBuilder().setCheckpointCommandResult(
            org.apache.spark.connect.proto.CheckpointCommandResult.newBuilder().setRelation(
                org.apache.spark.connect.proto.CachedRemoteRelation.newBuilder().setRelationId(id))));
        break;
      }
      case WRITE_OPERATION: {
        LogicalPlan input = relations.translate(command.getWriteOperation().getInput());
        var pythonSource = PythonDataSourceWrites.target(command.getWriteOperation(), session);
        if (pythonSource.isPresent()) {
          PythonDataSourceWrites.run(command.getWriteOperation(), pythonSource.get(), input, session, operationId);
          break;
        }
        if (NoopWrites.applies(command.getWriteOperation(), session.conf().defaultDataSource())) {
          NoopWrites.run(command.getWriteOperation(), input, session, operationId, send);
          break;
        }
        dev.ember.commands.CommandRunner.run(session, WriteOperations.command(command.getWriteOperation(), input,
            session.conf().defaultDataSource(), Boolean.parseBoolean(
                session.conf().getOrDefault(WriteOperations.LEGACY_PATH_OPTION, "false"))));
        break;
      }
      case WRITE_OPERATION_V2:
        dev.ember.commands.CommandRunner.run(session, WriteOperationsV2.write(command.getWriteOperationV2(),
            relations.translate(command.getWriteOperationV2().getInput())));
        break;
      case MERGE_INTO_TABLE_COMMAND:
        dev.ember.commands.CommandRunner.run(session, WriteOperationsV2.merge(command.getMergeIntoTableCommand(),
            relations.translate(command.getMergeIntoTableCommand().getSourceTablePlan())));
        break;
      case SQL_COMMAND:
        runSql(command.getSqlCommand(), session, send);
        break;
      case REGISTER_FUNCTION:
        UserFunctions.register(session, command.getRegisterFunction());
        break;
      case REGISTER_TABLE_FUNCTION:
        PythonTableFunctions.register(session, command.getRegisterTableFunction());
        break;
      case REGISTER_DATA_SOURCE:
        PythonDataSourceReads.register(session, command.getRegisterDataSource());
        break;
      case WRITE_STREAM_OPERATION_START:
        StreamingQueryStarts.start(command.getWriteStreamOperationStart(), session, localRelations, send);
        break;
      case STREAMING_QUERY_COMMAND:
        StreamingQueryCommands.run(command.getStreamingQueryCommand(), session, send);
        break;
      case STREAMING_QUERY_MANAGER_COMMAND:
        StreamingQueryCommands.manage(command.getStreamingQueryManagerCommand(), session, send);
        break;
      case REMOVE_CACHED_REMOTE_RELATION_COMMAND:
        session.removeCheckpoint(command.getRemoveCachedRemoteRelationCommand().getRelation().getRelationId());
        break;
      default:
        throw UnsupportedApi.command(command.getCommandTypeCase());
    }
  }

  /**
   * {@code spark.sql}: a query is parsed (its syntax errors are the call's) and comes back as the {@code sql} relation
   * the client sends with its actions; a command runs now and comes back as its output rows, as Spark's server does.
   */
  private void runSql(org.apache.spark.connect.proto.SqlCommand command, EngineSession session,
      Consumer<ExecutePlanResponse.Builder> send) {
    RelationTranslator relations = new RelationTranslator(localRelations, session);
    dev.ember.sql.SqlStatement statement = SqlStatements.parse(command, session, relations::translate);
    Relation relation;
    if (!(statement instanceof dev.ember.sql.SqlStatement.Query)) {
      QueryResult result;
      try {
        result = statement instanceof dev.ember.sql.SqlStatement.ExecuteImmediate execute
            ? ExecuteImmediate.run(session, execute)
            : dev.ember.commands.CommandRunner.run(session, ((dev.ember.sql.SqlStatement.Run) statement).command());
      } finally {
        KeptPlans.stateChanged();
      }
      List<ArrowBatch> batches = session.encode(result, Integer.MAX_VALUE);
      // the schema too: Arrow keeps no interval fields (INTERVAL DAY reads back as DAY TO SECOND)
      relation = Relation.newBuilder().setLocalRelation(org.apache.spark.connect.proto.LocalRelation.newBuilder()
          .setData(UnsafeByteOperations.unsafeWrap(batches.get(0).data()))
          .setSchema(UdfPackets.sparkType(result.schema()).json())).build();
    } else if (command.hasInput() && command.getInput().hasWithRelations()) {
      // the query with the DataFrames it names, as the client sent it
      relation = command.getInput();
    } else {
      relation = Relation.newBuilder().setSql(SqlStatements.relationOf(command)).build();
    }
    send.accept(ExecutePlanResponse.newBuilder().setSqlCommandResult(
        ExecutePlanResponse.SqlCommandResult.newBuilder().setRelation(relation)));
  }

  static boolean isReattachable(ExecutePlanRequest request) {
    return request.getRequestOptionsList().stream()
        .anyMatch(option -> option.hasReattachOptions() && option.getReattachOptions().getReattachable());
  }
}
