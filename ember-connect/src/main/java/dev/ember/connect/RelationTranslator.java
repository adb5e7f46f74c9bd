package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.logical.Deduplicate;
import dev.ember.plan.logical.Drop;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.Hint;
import dev.ember.plan.logical.Join;
import dev.ember.plan.logical.JoinWith;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.logical.Limit;
import dev.ember.plan.logical.LocalRelation;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Offset;
import dev.ember.plan.logical.PlanIdTag;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.Range;
import dev.ember.plan.logical.Repartition;
import dev.ember.plan.logical.Sample;
import dev.ember.plan.logical.SetOperation;
import dev.ember.plan.logical.SetOperationType;
import dev.ember.plan.logical.Sort;
import dev.ember.plan.logical.SubqueryAlias;
import dev.ember.plan.logical.Tail;
import dev.ember.plan.logical.ToDF;
import dev.ember.plan.logical.UnresolvedRelation;
import dev.ember.plan.logical.WithColumns;
import dev.ember.plan.logical.WithColumnsRenamed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.spark.connect.proto.Relation;

/**
 * Spark Connect {@code Relation} protos to Ember's logical plan: one small method per relation kind,
 * as Spark's SparkConnectPlanner. Every relation with a plan id is tagged for {@code df.col(...)}.
 */
final class RelationTranslator {
  private final LocalRelationDecoder localRelations;
  private final EngineSession session;
  /** The rows a streaming read stands for in a micro-batch of a streaming query, else empty. */
  private final Optional<LogicalPlan> streamRows;
  /** The Python streaming reads translated (a streaming query's source). */
  private final List<dev.ember.engine.python.PythonStreamingRead> streamingReads = new ArrayList<>();

  /** A translator for one request of one session (catalog relations read the session's views). */
  RelationTranslator(LocalRelationDecoder localRelations, EngineSession session) {
    this(localRelations, session, Optional.empty());
  }

  private RelationTranslator(LocalRelationDecoder localRelations, EngineSession session,
      Optional<LogicalPlan> streamRows) {
    this.localRelations = localRelations;
    this.session = session;
    this.streamRows = streamRows;
  }

  /** A translator whose streaming read is {@code rows}: the plan of a streaming query's micro-batch. */
  RelationTranslator withStreamRows(LogicalPlan rows) {
    return new RelationTranslator(localRelations, session, Optional.of(rows));
  }

  /** The Python streaming reads met so far. */
  List<dev.ember.engine.python.PythonStreamingRead> streamingReads() {
    return List.copyOf(streamingReads);
  }

  LogicalPlan translate(Relation relation) {
    LogicalPlan plan = translateKind(relation);
    return relation.hasCommon() && relation.getCommon().hasPlanId()
        ? new PlanIdTag(plan, relation.getCommon().getPlanId()) : plan;
  }

  private LogicalPlan translateKind(Relation relation) {
    switch (relation.getRelTypeCase()) {
      case RANGE: {
        var range = relation.getRange();
        return new Range(range.hasStart() ? range.getStart() : 0, range.getEnd(), range.getStep(),
            range.hasNumPartitions() ? java.util.OptionalInt.of(range.getNumPartitions())
                : java.util.OptionalInt.empty());
      }
      case LOCAL_RELATION:
        return localRelations.decode(relation.getLocalRelation(), session);
      case CHUNKED_CACHED_LOCAL_RELATION:
        return localRelations.decodeCached(session, relation.getChunkedCachedLocalRelation());
      case SQL:
        return SqlStatements.query(relation.getSql(), session);
      case CACHED_LOCAL_RELATION:
        return localRelations.decodeCachedProto(session, relation.getCachedLocalRelation().getHash());
      case PROJECT:
        return new Project(translate(relation.getProject().getInput()),
            ExpressionTranslator.translateAll(relation.getProject().getExpressionsList()));
      case FILTER:
        return new Filter(translate(relation.getFilter().getInput()),
            ExpressionTranslator.translate(relation.getFilter().getCondition()));
      case SORT:
        return new Sort(translate(relation.getSort().getInput()),
            relation.getSort().getOrderList().stream().map(ExpressionTranslator::sortOrder).toList(),
            !relation.getSort().hasIsGlobal() || relation.getSort().getIsGlobal());
      case LIMIT:
        return new Limit(translate(relation.getLimit().getInput()), relation.getLimit().getLimit());
      case OFFSET:
        return new Offset(translate(relation.getOffset().getInput()), relation.getOffset().getOffset());
      case AGGREGATE:
        return aggregate(relation.getAggregate());
      case WITH_COLUMNS:
        return new WithColumns(translate(relation.getWithColumns().getInput()),
            relation.getWithColumns().getAliasesList().stream()
                .map(alias -> (Alias) ExpressionTranslator.translate(
                    org.apache.spark.connect.proto.Expression.newBuilder().setAlias(alias).build()))
                .toList());
      case WITH_COLUMNS_RENAMED:
        return withColumnsRenamed(relation.getWithColumnsRenamed());
      case DROP:
        return new Drop(translate(relation.getDrop().getInput()), relation.getDrop().getColumnNamesList(),
            ExpressionTranslator.translateAll(relation.getDrop().getColumnsList()));
      case TRANSPOSE:
        return new dev.ember.plan.logical.Transpose(translate(relation.getTranspose().getInput()),
            ExpressionTranslator.translateAll(relation.getTranspose().getIndexColumnsList()));
      case TO_DF:
        return new ToDF(translate(relation.getToDf().getInput()), relation.getToDf().getColumnNamesList());
      case CATALOG:
        return CatalogRunner.relation(session, relation.getCatalog());
      case FILL_NA:
      case DROP_NA:
      case REPLACE:
      case DESCRIBE:
      case SUMMARY:
      case UNPIVOT:
      case TO_SCHEMA:
      case APPROX_QUANTILE:
      case CROSSTAB:
      case SAMPLE_BY:
      case FREQ_ITEMS:
      case CORR:
      case COV:
        return DataFrameFunctionTranslator.translate(relation, this);
      case READ:
        return read(relation.getRead());
      case PARSE:
        return parse(relation.getParse());
      case CACHED_REMOTE_RELATION:
        return new dev.ember.plan.logical.CheckpointedRelation(relation.getCachedRemoteRelation().getRelationId());
      case WITH_RELATIONS:
        return withRelations(relation.getWithRelations());
      case LATERAL_JOIN: {
        var lateral = relation.getLateralJoin();
        JoinType type = joinType(lateral.getJoinType());
        return new dev.ember.plan.logical.LateralJoin(translate(lateral.getLeft()), translate(lateral.getRight()),
            type == JoinType.CROSS ? JoinType.INNER : type, lateral.hasJoinCondition()
                ? java.util.Optional.of(ExpressionTranslator.translate(lateral.getJoinCondition()))
                : java.util.Optional.empty(), List.of());
      }
      case UNRESOLVED_TABLE_VALUED_FUNCTION:
        return TableValuedFunctionTranslator.translate(relation.getUnresolvedTableValuedFunction());
      case SUBQUERY_ALIAS:
        return new SubqueryAlias(translate(relation.getSubqueryAlias().getInput()),
            relation.getSubqueryAlias().getAlias());
      case JOIN:
        return join(relation.getJoin());
      case SET_OP:
        return setOperation(relation.getSetOp());
      case NEAREST_BY_JOIN: {
        var nearest = relation.getNearestByJoin();
        return dev.ember.plan.logical.NearestByJoin.of(translate(nearest.getLeft()), translate(nearest.getRight()),
            ExpressionTranslator.translate(nearest.getRankingExpression()), nearest.getNumResults(),
            nearest.getJoinType(), nearest.getMode(), nearest.getDirection());
      }
      case DEDUPLICATE: {
        LogicalPlan deduplicated = new Deduplicate(translate(relation.getDeduplicate().getInput()),
            relation.getDeduplicate().getColumnNamesList(), relation.getDeduplicate().getAllColumnsAsKeys());
        return relation.getDeduplicate().getWithinWatermark()
            ? new dev.ember.plan.logical.StreamingOnly(deduplicated, "dropDuplicatesWithinWatermark") : deduplicated;
      }
      case WITH_WATERMARK:
        return new dev.ember.plan.logical.EventTimeWatermark(translate(relation.getWithWatermark().getInput()),
            relation.getWithWatermark().getEventTime(), relation.getWithWatermark().getDelayThreshold());
      case TAIL:
        return new Tail(translate(relation.getTail().getInput()), relation.getTail().getLimit());
      case HINT:
        return new Hint(translate(relation.getHint().getInput()), relation.getHint().getName());
      case REPARTITION:
        return new Repartition(translate(relation.getRepartition().getInput()), List.of(),
            java.util.OptionalInt.of(relation.getRepartition().getNumPartitions()));
      case REPARTITION_BY_EXPRESSION: {
        var repartition = relation.getRepartitionByExpression();
        return new Repartition(translate(repartition.getInput()),
            ExpressionTranslator.translateAll(repartition.getPartitionExprsList()), repartition.hasNumPartitions()
                ? java.util.OptionalInt.of(repartition.getNumPartitions()) : java.util.OptionalInt.empty());
      }
      case COLLECT_METRICS: {
        var collect = relation.getCollectMetrics();
        return new dev.ember.plan.logical.CollectMetrics(translate(collect.getInput()), collect.getName(),
            ExpressionTranslator.translateAll(collect.getMetricsList()), relation.getCommon().getPlanId());
      }
      case GROUP_MAP:
        if (relation.getGroupMap().getFunc().hasPythonUdf()) {
          return PythonPartitions.groupMap(translate(relation.getGroupMap().getInput()),
              relation.getGroupMap().hasInitialInput()
                  ? java.util.Optional.of(translate(relation.getGroupMap().getInitialInput()))
                  : java.util.Optional.empty(), relation.getGroupMap(), session.conf().uncoalescedShufflePartitions());
        }
        return TypedGroupings.groupMap(this, relation.getGroupMap());
      case CO_GROUP_MAP:
        if (relation.getCoGroupMap().getFunc().hasPythonUdf()) {
          return PythonPartitions.coGroupMap(translate(relation.getCoGroupMap().getInput()),
              translate(relation.getCoGroupMap().getOther()), relation.getCoGroupMap(),
              session.conf().uncoalescedShufflePartitions());
        }
        return TypedGroupings.coGroupMap(this, relation.getCoGroupMap());
      case APPLY_IN_PANDAS_WITH_STATE:
        throw PythonPartitions.withStateInBatch();
      case COMMON_INLINE_USER_DEFINED_TABLE_FUNCTION:
        return PythonTableFunctions.call(relation.getCommonInlineUserDefinedTableFunction());
      case MAP_PARTITIONS: {
        var map = relation.getMapPartitions();
        if (map.getFunc().hasPythonUdf()) {
          return PythonPartitions.map(translate(map.getInput()), map.getFunc());
        }
        if (!map.getFunc().hasScalarScalaUdf()) {
          throw UnsupportedApi.relation(relation.getRelTypeCase());
        }
        return new dev.ember.plan.logical.MapPartitions(translate(map.getInput()),
            UserFunctions.partitions(map.getFunc()));
      }
      case SAMPLE: {
        var sample = relation.getSample();
        return new Sample(translate(sample.getInput()), sample.getLowerBound(), sample.getUpperBound(),
            sample.getWithReplacement(), sample.hasSeed() ? sample.getSeed() : new Random().nextLong());
      }
      default:
        throw UnsupportedApi.relation(relation.getRelTypeCase());
    }
  }

  /** The plans subquery expressions refer to by plan id, and the root that holds those expressions. */
  private LogicalPlan withRelations(org.apache.spark.connect.proto.WithRelations with) {
    if (with.getReferencesCount() > 0 && SqlStatements.isSqlWithDataFrames(with)) {
      // PySpark's spark.sql("... {df} ...", df=df)
      return SqlStatements.query(with, session, this::translate);
    }
    java.util.Map<Long, LogicalPlan> references = new java.util.HashMap<>();
    for (Relation reference : with.getReferencesList()) {
      if (!reference.hasCommon() || !reference.getCommon().hasPlanId()) {
        // a reference by name (SparkSession.sql with DataFrame arguments)
        throw UnsupportedApi.named("SparkSession.sql with DataFrame arguments");
      }
      references.put(reference.getCommon().getPlanId(), translate(reference));
    }
    return new dev.ember.plan.logical.WithRelations(translate(with.getRoot()), references);
  }

  private LogicalPlan read(org.apache.spark.connect.proto.Read read) {
    if (read.hasNamedTable()) {
      // as Spark's server: parseMultipartIdentifier, so a text that is no table name is a parse error
      return new UnresolvedRelation(dev.ember.sql.SqlParser.tableName(read.getNamedTable().getUnparsedIdentifier()));
    }
    var source = read.getDataSource();
    java.util.Optional<dev.ember.plan.types.StructType> schema = source.hasSchema() && !source.getSchema().isBlank()
        ? java.util.Optional.of(DataTypes.parseSchema(source.getSchema())) : java.util.Optional.empty();
    String format = source.hasFormat() ? source.getFormat() : session.conf().defaultDataSource();
    if (read.getIsStreaming()) {
      if (streamRows.isPresent() && session.pythonDataSources().lookup(format).isPresent()) {
        return streamRows.get();
      }
      Optional<dev.ember.engine.python.PythonStreamingRead> stream = PythonDataSourceReads.streamingRead(session,
          format, source.getPathsList(), source.getOptionsMap(), schema);
      if (stream.isPresent()) {
        streamingReads.add(stream.get());
        return new dev.ember.plan.logical.MapPartitions(new Range(0, 1, 1), stream.get());
      }
    }
    Optional<LogicalPlan> python = PythonDataSourceReads.read(session, format, source.getPathsList(),
        source.getOptionsMap(), schema);
    if (python.isPresent()) {
      return python.get();
    }
    java.util.Map<String, String> options = new java.util.HashMap<>();
    source.getOptionsMap().forEach((key, value) -> options.put(key.toLowerCase(java.util.Locale.ROOT), value));
    return new dev.ember.plan.logical.DataSourceRead(format, source.getPathsList(), options, schema);
  }

  /** {@code spark.read().json|csv(Dataset<String>)}. */
  private LogicalPlan parse(org.apache.spark.connect.proto.Parse parse) {
    String format = switch (parse.getFormat()) {
      case PARSE_FORMAT_CSV -> "csv";
      case PARSE_FORMAT_JSON -> "json";
      default -> throw UnsupportedApi.relation(org.apache.spark.connect.proto.Relation.RelTypeCase.PARSE);
    };
    java.util.Map<String, String> options = new java.util.HashMap<>();
    parse.getOptionsMap().forEach((key, value) -> options.put(key.toLowerCase(java.util.Locale.ROOT), value));
    java.util.Optional<dev.ember.plan.types.StructType> schema = parse.hasSchema()
        ? java.util.Optional.of((dev.ember.plan.types.StructType) DataTypes.fromProto(parse.getSchema()))
        : java.util.Optional.empty();
    return new dev.ember.plan.logical.ParseStrings(translate(parse.getInput()), format, options, schema);
  }

  private LogicalPlan aggregate(org.apache.spark.connect.proto.Aggregate aggregate) {
    dev.ember.plan.resolved.GroupingKind kind;
    switch (aggregate.getGroupType()) {
      case GROUP_TYPE_GROUPBY:
        kind = dev.ember.plan.resolved.GroupingKind.GROUP_BY;
        break;
      case GROUP_TYPE_ROLLUP:
        kind = dev.ember.plan.resolved.GroupingKind.ROLLUP;
        break;
      case GROUP_TYPE_CUBE:
        kind = dev.ember.plan.resolved.GroupingKind.CUBE;
        break;
      case GROUP_TYPE_PIVOT:
        return new dev.ember.plan.logical.PivotAggregate(translate(aggregate.getInput()),
            ExpressionTranslator.translateAll(aggregate.getGroupingExpressionsList()),
            ExpressionTranslator.translate(aggregate.getPivot().getCol()),
            aggregate.getPivot().getValuesList().stream().<Expression>map(LiteralTranslator::translate).toList(),
            ExpressionTranslator.translateAll(aggregate.getAggregateExpressionsList()));
      default:
        throw ExpressionTranslator.notSupported("aggregate " + aggregate.getGroupType());
    }
    return new Aggregate(translate(aggregate.getInput()), kind,
        TypedGroupings.keyNamed(ExpressionTranslator.translateAll(aggregate.getGroupingExpressionsList()),
            Boolean.parseBoolean(session.conf().getOrDefault(TypedGroupings.KEY_AS_VALUE, "false"))),
        ExpressionTranslator.translateAll(aggregate.getAggregateExpressionsList()));
  }

  private LogicalPlan join(org.apache.spark.connect.proto.Join join) {
    Optional<Expression> condition = join.hasJoinCondition()
        ? Optional.of(ExpressionTranslator.translate(join.getJoinCondition())) : Optional.empty();
    Join joined = new Join(translate(join.getLeft()), translate(join.getRight()), joinType(join.getJoinType()),
        condition, join.getUsingColumnsList());
    if (join.hasJoinDataType()) {
      return new JoinWith(joined, join.getJoinDataType().getIsLeftStruct(), join.getJoinDataType().getIsRightStruct());
    }
    return joined;
  }

  private static JoinType joinType(org.apache.spark.connect.proto.Join.JoinType type) {
    switch (type) {
      case JOIN_TYPE_UNSPECIFIED:
      case JOIN_TYPE_INNER:
        return JoinType.INNER;
      case JOIN_TYPE_LEFT_OUTER:
        return JoinType.LEFT_OUTER;
      case JOIN_TYPE_RIGHT_OUTER:
        return JoinType.RIGHT_OUTER;
      case JOIN_TYPE_FULL_OUTER:
        return JoinType.FULL_OUTER;
      case JOIN_TYPE_LEFT_SEMI:
        return JoinType.LEFT_SEMI;
      case JOIN_TYPE_LEFT_ANTI:
        return JoinType.LEFT_ANTI;
      case JOIN_TYPE_CROSS:
        return JoinType.CROSS;
      default:
        throw ExpressionTranslator.notSupported("join type " + type);
    }
  }

  private LogicalPlan setOperation(org.apache.spark.connect.proto.SetOperation operation) {
    SetOperationType type;
    switch (operation.getSetOpType()) {
      case SET_OP_TYPE_UNION:
        type = SetOperationType.UNION;
        break;
      case SET_OP_TYPE_INTERSECT:
        type = SetOperationType.INTERSECT;
        break;
      case SET_OP_TYPE_EXCEPT:
        type = SetOperationType.EXCEPT;
        break;
      default:
        throw ExpressionTranslator.notSupported("set operation " + operation.getSetOpType());
    }
    return new SetOperation(translate(operation.getLeftInput()), translate(operation.getRightInput()), type,
        operation.getIsAll(), operation.getByName(), operation.getAllowMissingColumns());
  }

  private LogicalPlan withColumnsRenamed(org.apache.spark.connect.proto.WithColumnsRenamed renamed) {
    List<WithColumnsRenamed.Rename> renames = new ArrayList<>();
    renamed.getRenamesList().forEach(rename ->
        renames.add(new WithColumnsRenamed.Rename(rename.getColName(), rename.getNewColName())));
    renamed.getRenameColumnsMapMap().forEach((from, to) -> renames.add(new WithColumnsRenamed.Rename(from, to)));
    return new WithColumnsRenamed(translate(renamed.getInput()), renames);
  }
}
