package dev.ember.sqlgen;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.resolved.FirstRowPerKey;
import dev.ember.plan.resolved.GeneratedRows;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.LimitRows;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.OffsetRows;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.SampledRows;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.resolved.TailRows;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spark's refusal of a JSON or CSV scan whose only column read is the corrupt-record column
 * ({@code UNSUPPORTED_FEATURE.QUERY_ONLY_CORRUPT_RECORD_COLUMN}, in the file formats' {@code buildReader}, after
 * column pruning): the columns each scan must produce are computed from the top, as Spark's pruning does — an
 * operator needs the columns its parent needs of it and those its own expressions read; a projection or an
 * aggregation only the expressions of the outputs needed.
 */
final class CorruptRecordOnlyScans {
  private CorruptRecordOnlyScans() {
  }

  static void verify(ResolvedPlan plan) {
    visit(plan, ids(plan.output()));
  }

  private static void visit(ResolvedPlan plan, Set<Long> needed) {
    if (plan instanceof FileScan scan) {
      check(scan, needed);
      return;
    }
    Set<Long> below = new HashSet<>();
    if (plan instanceof Projection projection) {
      neededExpressions(projection.columns(), needed).forEach(expression -> references(expression, below));
    } else if (plan instanceof Aggregation aggregation) {
      aggregation.groupings().forEach(expression -> references(expression, below));
      neededExpressions(aggregation.columns(), needed).forEach(expression -> references(expression, below));
    } else if (plan instanceof Selection selection) {
      below.addAll(needed);
      references(selection.condition(), below);
    } else if (plan instanceof Ordering ordering) {
      below.addAll(needed);
      ordering.orders().forEach(order -> references(order.child(), below));
    } else if (plan instanceof JoinRows join) {
      below.addAll(needed);
      join.condition().ifPresent(condition -> references(condition, below));
    } else if (plan instanceof FirstRowPerKey first) {
      below.addAll(needed);
      below.addAll(ids(first.keys()));
    } else if (plan instanceof GeneratedRows generated) {
      below.addAll(needed);
      references(generated.generator(), below);
    } else if (plan instanceof LimitRows || plan instanceof OffsetRows || plan instanceof TailRows
        || plan instanceof SampledRows) {
      below.addAll(needed);
    } else {
      // distinct rows and set operations compare whole rows: every column of their inputs
      PlanChildren.of(plan).forEach(child -> visit(child, ids(child.output())));
      return;
    }
    PlanChildren.of(plan).forEach(child -> visit(child, below));
  }

  private static List<BoundExpression> neededExpressions(List<NamedExpression> columns, Set<Long> needed) {
    return columns.stream().filter(column -> needed.contains(column.attribute().id()))
        .map(NamedExpression::expression).toList();
  }

  /** The scan's data columns needed are its corrupt-record column alone. */
  private static void check(FileScan scan, Set<Long> needed) {
    List<Attribute> data = scan.dataOutput();
    int corrupt = scan.sourceColumns().indexOf(CsvColumns.CORRUPT_RECORD);
    if (corrupt < 0 || scan.options().containsKey(FileScan.PARSED_STRINGS_OPTION)) {
      return;
    }
    long neededData = data.stream().filter(attribute -> needed.contains(attribute.id())).count();
    if (neededData == 1 && needed.contains(data.get(corrupt).id())) {
      throw new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_FEATURE.QUERY_ONLY_CORRUPT_RECORD_COLUMN", "0A000",
          "The feature is not supported: Queries from raw JSON/CSV/XML files are disallowed when the referenced "
              + "columns only include the internal corrupt record column (named `_corrupt_record` by default). For "
              + "example: `spark.read.schema(schema).json(file).filter($\"_corrupt_record\".isNotNull).count()` and "
              + "`spark.read.schema(schema).json(file).select(\"_corrupt_record\").show()`. Instead, you can cache or "
              + "save the parsed results and then send the same query. For example, `val df = "
              + "spark.read.schema(schema).json(file).cache()` and then `df.filter($\"_corrupt_record\".isNotNull)"
              + ".count()`.", Map.of());
    }
  }

  private static void references(BoundExpression expression, Set<Long> into) {
    BoundExpressions.anyMatch(expression, node -> {
      if (node instanceof ColumnReference reference) {
        into.add(reference.attribute().id());
      }
      return false;
    });
  }

  private static Set<Long> ids(List<Attribute> attributes) {
    Set<Long> ids = new HashSet<>();
    attributes.forEach(attribute -> ids.add(attribute.id()));
    return ids;
  }
}
