package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.logical.RecursiveCte;
import dev.ember.plan.logical.RecursiveReference;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.CachedScan;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.RecursiveRows;
import dev.ember.plan.resolved.ResolvedPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code WITH RECURSIVE}: the anchor resolved first; its columns (named as the CTE lists them) are what the step reads
 * through each {@link RecursiveReference}, a scan of the previous level's table; the step's columns must have the
 * anchor's types (CANNOT_MERGE_INCOMPATIBLE_DATA_TYPE). The limits are Spark's: MAX RECURSION LEVEL, else
 * spark.sql.cteRecursionLevelLimit; spark.sql.cteRecursionRowLimit unless a LIMIT reads the CTE.
 */
final class RecursiveCteResolver {
  private static final int DEFAULT_LEVEL_LIMIT = 100;
  private static final long DEFAULT_ROW_LIMIT = 1_000_000L;

  /** The columns each recursive CTE being resolved offers its references, by CTE id. */
  private final Map<Long, Reference> references = new HashMap<>();
  private final Analyzer analyzer;

  private record Reference(String tableName, List<Attribute> columns) {
  }

  RecursiveCteResolver(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Scope resolve(RecursiveCte cte) {
    RecursiveReferencePlaces.check(cte.step(), cte.id());
    Scope anchor = analyzer.resolve(cte.anchor()).visible();
    List<Attribute> anchorOutput = anchor.output();
    if (!cte.columns().isEmpty() && cte.columns().size() != anchorOutput.size()) {
      throw dev.ember.plan.errors.SparkErrors.assignmentArityMismatch(cte.columns().size(), anchorOutput.size());
    }
    List<Attribute> columns = new ArrayList<>();
    for (int index = 0; index < anchorOutput.size(); index++) {
      Attribute column = anchorOutput.get(index);
      columns.add(column.withName(cte.columns().isEmpty() ? column.name() : cte.columns().get(index)));
    }
    String tableName = "recursive_" + cte.id();
    references.put(cte.id(), new Reference(tableName, columns));
    Scope step;
    try {
      step = analyzer.resolve(cte.step()).visible();
    } finally {
      references.remove(cte.id());
    }
    List<Attribute> stepOutput = step.output();
    if (stepOutput.size() != columns.size()) {
      throw SetOperationResolver.columnCountMismatch(dev.ember.plan.logical.SetOperationType.UNION, columns.size(),
          stepOutput.size());
    }
    List<Attribute> output = new ArrayList<>();
    List<NamedExpression> stepColumns = new ArrayList<>();
    for (int index = 0; index < columns.size(); index++) {
      Attribute column = columns.get(index);
      Attribute stepColumn = stepOutput.get(index);
      // the step's column takes the anchor's type when that is the wider of the two (Spark's coercion of the loop)
      boolean widens = TypeCoercion.widerType(column.dataType(), stepColumn.dataType())
          .filter(column.dataType()::equals).isPresent();
      if (!column.dataType().equals(stepColumn.dataType()) && widens) {
        BoundExpression cast = TypeCoercion.castTo(new ColumnReference(stepColumn), column.dataType());
        stepColumns.add(new NamedExpression(cast, analyzer.newAttribute(stepColumn.name(), cast.dataType(),
            cast.nullable())));
      } else {
        stepColumns.add(ProjectResolver.passThrough(stepColumn));
      }
      if (!column.dataType().equals(stepColumn.dataType()) && !widens) {
        String left = "\"" + column.dataType().sql() + "\"";
        String right = "\"" + stepColumn.dataType().sql() + "\"";
        throw new EmberException(ErrorKind.SPARK, "CANNOT_MERGE_INCOMPATIBLE_DATA_TYPE", "42825",
            "Failed to merge incompatible data types " + left + " and " + right + ".",
            Map.of("left", left, "right", right));
      }
      output.add(analyzer.newAttribute(column.name(), column.dataType(),
          column.nullable() || stepColumn.nullable()));
    }
    int levelLimit = cte.maxLevel().orElseGet(() -> analyzer.confValue("spark.sql.cteRecursionLevelLimit")
        .map(value -> Integer.parseInt(value.trim())).orElse(DEFAULT_LEVEL_LIMIT));
    long rowLimit = cte.limit().isPresent() || cte.limitAll() ? -1 : analyzer.confValue(
        "spark.sql.cteRecursionRowLimit").map(value -> Long.parseLong(value.trim())).orElse(DEFAULT_ROW_LIMIT);
    return Scope.of(new RecursiveRows(tableName, columnsOf(anchor.plan(), anchorOutput),
        new Projection(step.plan(), stepColumns), output, levelLimit, rowLimit, cte.limit()));
  }

  /** The previous level's rows, as a reference in the step reads them: new columns of the anchor's names and types. */
  Scope resolve(RecursiveReference reference) {
    Reference columns = references.get(reference.id());
    if (columns == null) {
      throw SparkErrors.internal("a recursive reference outside its CTE: " + reference.name());
    }
    // as Spark's UnionLoopRef, the previous level's columns may be NULL whatever the anchor's are
    return Scope.of(new CachedScan(columns.tableName(), columns.columns().stream()
        .map(column -> analyzer.newAttribute(column.name(), column.dataType(), true)).toList()));
  }

  /** The plan with exactly {@code output} as its columns, in that order. */
  private static ResolvedPlan columnsOf(ResolvedPlan plan, List<Attribute> output) {
    return plan.output().equals(output) ? plan
        : new Projection(plan, output.stream().map(ProjectResolver::passThrough).toList());
  }
}
