package dev.ember.plan.resolved;

import java.util.List;

/**
 * The analyzed plan: a small relational algebra whose expressions are bound. Every Spark operation
 * (withColumn, drop, toDF, dropDuplicates, ...) is expressed with these few nodes.
 */
public sealed interface ResolvedPlan
    permits RangeScan, LocalRows, FileScan, CachedScan, Projection, Selection, Ordering, LimitRows, OffsetRows,
        Aggregation, JoinRows, CombinedRows, DistinctRows, FirstRowPerKey, TailRows, SampledRows, GeneratedRows,
        RecursiveRows, UserCodeRows {
  List<Attribute> output();

  /** The same plan whose output carries {@code qualifier} (for {@code df.as("t")}). */
  default List<Attribute> outputQualifiedBy(List<String> qualifier) {
    return output().stream().map(attribute -> attribute.withQualifier(qualifier)).toList();
  }
}
