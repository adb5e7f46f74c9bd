package dev.ember.connect;

import dev.ember.plan.expressions.Alias;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.logical.LocalRelation;
import dev.ember.plan.logical.Drop;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.Limit;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Offset;
import dev.ember.plan.logical.PlanIdTag;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.Range;
import dev.ember.plan.logical.Sort;
import dev.ember.plan.logical.SubqueryAlias;
import dev.ember.plan.logical.ToDF;
import dev.ember.plan.logical.UnresolvedRelation;
import dev.ember.plan.logical.WithColumns;
import dev.ember.plan.logical.WithColumnsRenamed;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.connect.proto.Relation;

/**
 * Spark Connect {@code Relation} protos to Ember's logical plan: one small method per relation kind,
 * as Spark's SparkConnectPlanner. Every relation with a plan id is tagged for {@code df.col(...)}.
 */
final class RelationTranslator {
  private final LocalRelationDecoder localRelations;
  private final EngineSession session;

  /** A translator for one request of one session (catalog relations read the session's views). */
  RelationTranslator(LocalRelationDecoder localRelations, EngineSession session) {
    this.localRelations = localRelations;
    this.session = session;
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
        return new Range(range.hasStart() ? range.getStart() : 0, range.getEnd(), range.getStep());
      }
      case LOCAL_RELATION:
        return localRelations.decode(relation.getLocalRelation());
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
      case TO_DF:
        return new ToDF(translate(relation.getToDf().getInput()), relation.getToDf().getColumnNamesList());
      case CATALOG: {
        QueryResult result = CatalogRunner.run(session, relation.getCatalog());
        return new LocalRelation(result.schema(), result.rows().stream().map(java.util.Arrays::asList).toList());
      }
      case READ:
        return read(relation.getRead());
      case SUBQUERY_ALIAS:
        return new SubqueryAlias(translate(relation.getSubqueryAlias().getInput()),
            relation.getSubqueryAlias().getAlias());
      default:
        throw ExpressionTranslator.notSupported("relation " + relation.getRelTypeCase());
    }
  }

  private LogicalPlan read(org.apache.spark.connect.proto.Read read) {
    if (read.hasNamedTable()) {
      return new UnresolvedRelation(
          dev.ember.plan.expressions.Identifiers.parseAttributeName(read.getNamedTable().getUnparsedIdentifier()));
    }
    var source = read.getDataSource();
    java.util.Optional<dev.ember.plan.types.StructType> schema = source.hasSchema() && !source.getSchema().isBlank()
        ? java.util.Optional.of(DataTypes.parseSchema(source.getSchema())) : java.util.Optional.empty();
    java.util.Map<String, String> options = new java.util.HashMap<>();
    source.getOptionsMap().forEach((key, value) -> options.put(key.toLowerCase(java.util.Locale.ROOT), value));
    return new dev.ember.plan.logical.DataSourceRead(source.hasFormat() ? source.getFormat() : "parquet",
        source.getPathsList(), options, schema);
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
            aggregate.getPivot().getValuesList().stream().map(LiteralTranslator::translate).toList(),
            ExpressionTranslator.translateAll(aggregate.getAggregateExpressionsList()));
      default:
        throw ExpressionTranslator.notSupported("aggregate " + aggregate.getGroupType());
    }
    return new Aggregate(translate(aggregate.getInput()), kind,
        ExpressionTranslator.translateAll(aggregate.getGroupingExpressionsList()),
        ExpressionTranslator.translateAll(aggregate.getAggregateExpressionsList()));
  }

  private LogicalPlan withColumnsRenamed(org.apache.spark.connect.proto.WithColumnsRenamed renamed) {
    List<WithColumnsRenamed.Rename> renames = new ArrayList<>();
    renamed.getRenamesList().forEach(rename ->
        renames.add(new WithColumnsRenamed.Rename(rename.getColName(), rename.getNewColName())));
    renamed.getRenameColumnsMapMap().forEach((from, to) -> renames.add(new WithColumnsRenamed.Rename(from, to)));
    return new WithColumnsRenamed(translate(renamed.getInput()), renames);
  }
}
