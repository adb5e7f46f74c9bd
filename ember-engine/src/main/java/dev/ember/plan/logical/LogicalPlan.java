package dev.ember.plan.logical;

/**
 * A plan as the front ends build it: one record per Spark operation, names unresolved. The analyzer
 * turns it into a {@link dev.ember.plan.resolved.ResolvedPlan}.
 */
public sealed interface LogicalPlan
    permits Range, LocalRelation, Project, Filter, Sort, Limit, Offset, Aggregate, WithColumns,
        WithColumnsRenamed, Drop, ToDF, SubqueryAlias, PlanIdTag, UnresolvedRelation, DataSourceRead, PivotAggregate,
        Join, SetOperation, Deduplicate, Tail, Hint, Repartition, Sample, NaFunction,
        StatisticsSummary, Unpivot, ToSchema, ParseStrings, CheckpointedRelation, CollectMetrics, JoinWith,
        NearestByJoin, Having, WithRelations, ReferencedRelation, NaturalJoin, LateralView, WithSqlOrigins,
        LateralJoin, RecursiveCte, RecursiveReference, UnresolvedTableFunction, EventTimeWatermark, StreamingOnly,
        MapPartitions, Transpose, SessionTableRead, DefaultCollation, ScriptTransform, TableFunctionCall {
}
