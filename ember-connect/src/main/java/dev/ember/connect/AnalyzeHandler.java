package dev.ember.connect;

import dev.ember.engine.CachedRelation;
import dev.ember.engine.EngineSession;
import dev.ember.sqlgen.SqlGenerator;
import dev.ember.plan.logical.LocalRelation;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.PlanIdTag;
import org.apache.spark.connect.proto.AnalyzePlanRequest;
import org.apache.spark.connect.proto.AnalyzePlanResponse;
import org.apache.spark.connect.proto.Relation;
import org.apache.spark.connect.proto.StorageLevel;

/** {@code AnalyzePlan}: schema, explain, version and the other questions a Dataset asks. */
final class AnalyzeHandler {
  static final String SPARK_VERSION = "4.2.0";

  private final LocalRelationDecoder localRelations;
  private final CompressedPlans compressedPlans;

  AnalyzeHandler(LocalRelationDecoder localRelations, CompressedPlans compressedPlans) {
    this.compressedPlans = compressedPlans;
    this.localRelations = localRelations;
  }

  AnalyzePlanResponse.Builder handle(AnalyzePlanRequest request, EngineSession session) {
    AnalyzePlanResponse.Builder response = AnalyzePlanResponse.newBuilder();
    switch (request.getAnalyzeCase()) {
      case SPARK_VERSION:
        response.setSparkVersion(AnalyzePlanResponse.SparkVersion.newBuilder().setVersion(SPARK_VERSION));
        break;
      case SCHEMA:
        response.setSchema(AnalyzePlanResponse.Schema.newBuilder().setSchema(
            DataTypes.schemaOf(output(session, compressedPlans.decompressed(request.getSchema().getPlan()).getRoot()))));
        break;
      case EXPLAIN: {
        LogicalPlan parsed = new RelationTranslator(localRelations, session).translate(
            compressedPlans.decompressed(request.getExplain().getPlan()).getRoot());
        response.setExplain(AnalyzePlanResponse.Explain.newBuilder().setExplainString(ExplainText.of(session, parsed,
            QueryRunner.prepare(session, parsed), request.getExplain().getExplainMode())));
        break;
      }
      case TREE_STRING: {
        var schema = schema(session, compressedPlans.decompressed(request.getTreeString().getPlan()).getRoot());
        int level = request.getTreeString().hasLevel() ? request.getTreeString().getLevel() : Integer.MAX_VALUE;
        response.setTreeString(AnalyzePlanResponse.TreeString.newBuilder().setTreeString(dev.ember.plan.text.SchemaTree.of(schema, level)));
        break;
      }
      case IS_LOCAL:
        response.setIsLocal(AnalyzePlanResponse.IsLocal.newBuilder()
            .setIsLocal(isLocal(new RelationTranslator(localRelations, session).translate(compressedPlans.decompressed(request.getIsLocal().getPlan()).getRoot()))));
        break;
      case IS_STREAMING:
        response.setIsStreaming(AnalyzePlanResponse.IsStreaming.newBuilder().setIsStreaming(
            StreamingQueryStarts.isStreaming(compressedPlans.decompressed(request.getIsStreaming().getPlan())
                .getRoot())));
        break;
      case INPUT_FILES: {
        LogicalPlan plan = translate(session, compressedPlans.decompressed(request.getInputFiles().getPlan()).getRoot());
        QueryRunner.prepare(session, plan);
        response.setInputFiles(AnalyzePlanResponse.InputFiles.newBuilder().addAllFiles(InputFiles.of(plan, session)));
        break;
      }
      case SAME_SEMANTICS: {
        dev.ember.engine.QueryText target = prepare(session, compressedPlans.decompressed(request.getSameSemantics().getTargetPlan()).getRoot()).sql();
        dev.ember.engine.QueryText other = prepare(session, compressedPlans.decompressed(request.getSameSemantics().getOtherPlan()).getRoot()).sql();
        response.setSameSemantics(AnalyzePlanResponse.SameSemantics.newBuilder()
            .setResult(SemanticText.normalize(target).equals(SemanticText.normalize(other))));
        break;
      }
      case SEMANTIC_HASH:
        response.setSemanticHash(AnalyzePlanResponse.SemanticHash.newBuilder().setResult(
            SemanticText.normalize(prepare(session, compressedPlans.decompressed(request.getSemanticHash().getPlan()).getRoot()).sql()).hashCode()));
        break;
      case PERSIST: {
        LogicalPlan plan = translate(session, request.getPersist().getRelation());
        QueryRunner.PreparedQuery query = QueryRunner.prepare(session, plan);
        CachedRelation.StorageLevel level = request.getPersist().hasStorageLevel()
            ? fromProto(request.getPersist().getStorageLevel()) : CachedRelation.StorageLevel.MEMORY_AND_DISK;
        session.cache(plan, SqlGenerator.generatePositional(query.plan()), query.schema(), level);
        response.setPersist(AnalyzePlanResponse.Persist.newBuilder());
        break;
      }
      case UNPERSIST:
        session.uncache(translate(session, request.getUnpersist().getRelation()));
        response.setUnpersist(AnalyzePlanResponse.Unpersist.newBuilder());
        break;
      case GET_STORAGE_LEVEL: {
        CachedRelation.StorageLevel level = session.cached(translate(session, request.getGetStorageLevel().getRelation()))
            .map(CachedRelation::storageLevel).orElse(CachedRelation.StorageLevel.NONE);
        response.setGetStorageLevel(AnalyzePlanResponse.GetStorageLevel.newBuilder().setStorageLevel(toProto(level)));
        break;
      }
      case DDL_PARSE:
        response.setDdlParse(AnalyzePlanResponse.DDLParse.newBuilder().setParsed(
            DataTypes.toProto(DataTypes.parseDdlString(request.getDdlParse().getDdlString()))));
        break;
      default:
        throw ExpressionTranslator.notSupported("AnalyzePlan " + request.getAnalyzeCase());
    }
    return response;
  }

  private LogicalPlan translate(EngineSession session, Relation relation) {
    return new RelationTranslator(localRelations, session).translate(relation);
  }

  private static CachedRelation.StorageLevel fromProto(StorageLevel level) {
    return new CachedRelation.StorageLevel(level.getUseDisk(), level.getUseMemory(), level.getUseOffHeap(),
        level.getDeserialized(), level.getReplication());
  }

  private static StorageLevel toProto(CachedRelation.StorageLevel level) {
    return StorageLevel.newBuilder().setUseDisk(level.useDisk()).setUseMemory(level.useMemory())
        .setUseOffHeap(level.useOffHeap()).setDeserialized(level.deserialized()).setReplication(level.replication())
        .build();
  }

  /** The schema only: like Spark, errors found while running (a bad datetime pattern) do not fail it. */
  private dev.ember.plan.types.StructType schema(EngineSession session, Relation relation) {
    return QueryRunner.schema(session, new RelationTranslator(localRelations, session).translate(relation));
  }

  private java.util.List<dev.ember.plan.resolved.Attribute> output(EngineSession session, Relation relation) {
    return QueryRunner.output(session, new RelationTranslator(localRelations, session).translate(relation));
  }

  private QueryRunner.PreparedQuery prepare(EngineSession session, Relation relation) {
    return QueryRunner.prepare(session, new RelationTranslator(localRelations, session).translate(relation));
  }

  private static boolean isLocal(LogicalPlan plan) {
    LogicalPlan current = plan;
    while (current instanceof PlanIdTag tag) {
      current = tag.input();
    }
    return current instanceof LocalRelation;
  }
}
