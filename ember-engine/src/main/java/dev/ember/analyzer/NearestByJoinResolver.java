package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.logical.NearestByJoin;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedFrame;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.resolved.WindowCall;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code nearestByJoin}, as Spark's RewriteNearestByJoin computes it (each left row tagged with an id, joined
 * with every right row, the best {@code k} kept per id by the ranking, rows whose ranking is NULL never kept;
 * a LEFT OUTER left row without any keeps NULL right columns) but ranked with {@code row_number()} over the
 * id instead of Spark's {@code max_by(struct, ranking, k)}. The output is the left columns then the right
 * ones, the right ones nullable, as Spark's NearestByJoin.output.
 */
final class NearestByJoinResolver {
  private NearestByJoinResolver() {
  }

  static Scope resolve(Analyzer analyzer, NearestByJoin nearest) {
    if (!analyzer.crossJoinEnabled()) {
      throw NearestByJoin.invalid("CROSS_JOIN_NOT_ENABLED", "Nearest-by join is implemented as a bounded cross-product"
          + " internally and is therefore rejected when `spark.sql.crossJoin.enabled = false`. Set"
          + " `spark.sql.crossJoin.enabled = true` to permit it, or rewrite the query without nearest-by.", Map.of());
    }
    Scope left = analyzer.resolve(nearest.left()).visible();
    Scope right = analyzer.resolve(nearest.right()).visible();
    BoundColumn ranking = analyzer.expressions(JoinResolver.bothSides(left, right), false).resolve(nearest.ranking());
    BoundExpression rankingValue = WindowResolver.requireNoWindow(ranking.expression(), "nearestByJoin");
    if (!orderable(rankingValue.dataType())) {
      throw NearestByJoin.invalid("NON_ORDERABLE_RANKING_EXPRESSION", "The ranking expression \"" + ranking.name()
          + "\" of type " + dev.ember.plan.errors.SparkErrors.toSqlType(rankingValue.dataType()) + " is not orderable."
          + " Provide an expression that returns an orderable type, such as a numeric distance like abs(a.col - b.col)"
          + " or a numeric similarity score.",
          Map.of("expression", "\"" + ranking.name() + "\"",
              "type", dev.ember.plan.errors.SparkErrors.toSqlType(rankingValue.dataType())));
    }

    Attribute leftRowId = analyzer.newAttribute("__qid", AtomicType.LONG, false);
    List<NamedExpression> tagged = new ArrayList<>(left.output().stream().map(ProjectResolver::passThrough).toList());
    tagged.add(new NamedExpression(new Call("monotonically_increasing_id", List.of(), AtomicType.LONG, false),
        leftRowId));
    // every pair, its ranking computed once (a ranking drawn per row, rand(), is one value per pair), as Spark's
    // rewrite ranks the pairs of a join without condition
    JoinRows pairs = new JoinRows(new Projection(left.plan(), tagged), right.plan(), nearest.type(), Optional.empty());
    Attribute score = analyzer.newAttribute("__score", rankingValue.dataType(), true);
    List<NamedExpression> scored = new ArrayList<>(pairs.output().stream().map(ProjectResolver::passThrough).toList());
    scored.add(new NamedExpression(rankingValue, score));
    Projection ranked = new Projection(pairs, scored);

    Attribute position = analyzer.newAttribute("__rank", AtomicType.INTEGER, false);
    WindowCall rowNumber = new WindowCall(new Call("row_number", List.of(), AtomicType.INTEGER, false),
        List.of(new ColumnReference(leftRowId)),
        List.of(new BoundSortOrder(new ColumnReference(score), !nearest.similarity(), false)),
        ResolvedFrame.ROWS_TO_CURRENT);
    List<NamedExpression> numbered = new ArrayList<>(ranked.output().stream().map(ProjectResolver::passThrough)
        .toList());
    numbered.add(new NamedExpression(rowNumber, position));
    BoundExpression hasScore = new Call("is_not_null", List.of(new ColumnReference(score)), AtomicType.BOOLEAN, false);
    BoundExpression kept = new Call("less_than_or_equal", List.of(new ColumnReference(position),
        Literal.of(nearest.numResults())), AtomicType.BOOLEAN, false);
    // a left row without any ranked pair: dropped by an inner join, kept once with NULL right columns by a left one
    boolean outer = nearest.type() == dev.ember.plan.logical.JoinType.LEFT_OUTER;
    BoundExpression condition = new Call("and", List.of(kept, outer ? new Call("or", List.of(hasScore,
        new Call("equal", List.of(new ColumnReference(position), Literal.of(1)), AtomicType.BOOLEAN, false)),
        AtomicType.BOOLEAN, false) : hasScore), AtomicType.BOOLEAN, false);
    Selection best = new Selection(new Projection(ranked, numbered), condition);

    List<NamedExpression> output = new ArrayList<>(left.output().stream().map(ProjectResolver::passThrough).toList());
    right.output().forEach(attribute -> output.add(new NamedExpression(outer
        ? new Call("case_when", List.of(hasScore, new ColumnReference(attribute.asNullable())),
            attribute.dataType(), true)
        : new ColumnReference(attribute.asNullable()), attribute.asNullable())));
    return new Scope(new Projection(best, output), Scope.merge(left, right), java.util.Set.of(),
        Scope.sharedPlanIds(left, right, false));
  }

  /** Spark's {@code RowOrdering.isOrderable}: no map anywhere in the type. */
  static boolean orderable(DataType type) {
    if (type instanceof MapType) {
      return false;
    }
    if (type instanceof ArrayType array) {
      return orderable(array.elementType());
    }
    if (type instanceof StructType struct) {
      return struct.fields().stream().allMatch(field -> orderable(field.dataType()));
    }
    return true;
  }
}
