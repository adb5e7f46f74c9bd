package dev.ember.sqlgen;

import dev.ember.engine.moments.MomentFunction;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.CombinedRows;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.LimitRows;
import dev.ember.plan.resolved.LocalRows;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.RangeScan;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.Selection;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Variances, standard deviations and covariances of a large join with DuckDB's own algorithm. Spark updates its
 * buffer in the order a partition delivers the rows ({@link MomentRenderers}); over one source Ember repeats that
 * order by numbering the rows, but the rows of a join come in the join's order, which neither engine fixes (Spark's
 * depends on its join strategy and partitions): numbering them bought no fidelity and cost a window over the whole
 * input that no filter passes, then each group's values as text for Spark's arithmetic in Java (TPC-DS q39: 2.3
 * million inventory rows numbered before the filter kept 360,000). A join of inputs known to be small (local rows,
 * ranges: at most {@link MomentRenderers#EXACT_ROWS} rows, one Spark partition) keeps Spark's arithmetic, as do the
 * statistics whose small groups DuckDB answers otherwise (skewness, kurtosis, corr, regr_*) and the legacy division.
 */
final class JoinedMoments {
  /** The suffix of a statistic's name that renders it with DuckDB's algorithm. */
  static final String NATIVE = "_native";
  /** DuckDB's statistics that answer Spark's NULL and 0 for groups of no row and of one. */
  private static final Set<String> SAME_EDGES = Set.of("stddev_samp", "stddev_pop", "var_samp", "var_pop",
      "covar_samp", "covar_pop");

  private JoinedMoments() {
  }

  static Aggregation nativeWhereLarge(Aggregation aggregation) {
    if (aggregation.columns().stream().noneMatch(column ->
        BoundExpressions.anyMatch(column.expression(), JoinedMoments::isNativeCandidate))
        || !readsJoin(aggregation.input()) || rowsAtMost(aggregation.input()).orElse(Long.MAX_VALUE)
        <= MomentRenderers.EXACT_ROWS) {
      return aggregation;
    }
    return new Aggregation(aggregation.input(), aggregation.kind(), aggregation.groupings(),
        aggregation.groupingSets(), aggregation.columns().stream().map(column -> new NamedExpression(
            BoundExpressions.replace(column.expression(), part -> isNativeCandidate(part)
                ? Optional.of(renamed((Call) part)) : Optional.empty()), column.attribute())).toList());
  }

  private static boolean isNativeCandidate(BoundExpression expression) {
    if (!(expression instanceof Call call) || !SAME_EDGES.contains(call.function())) {
      return false;
    }
    BoundExpression options = call.arguments().get(call.arguments().size() - 1);
    return options instanceof Literal literal && literal.value() instanceof Number bits
        && (bits.intValue() & MomentFunction.NULL_ON_DIVIDE_BY_ZERO) != 0;
  }

  private static Call renamed(Call call) {
    return new Call(call.function() + NATIVE, call.arguments(), call.dataType(), call.nullable());
  }

  /** Whether the rows come from a join, through filters and projections only. */
  private static boolean readsJoin(ResolvedPlan plan) {
    ResolvedPlan input = plan;
    while (!(input instanceof JoinRows)) {
      if (input instanceof Selection selection) {
        input = selection.input();
      } else if (input instanceof Projection projection) {
        input = projection.input();
      } else {
        return false;
      }
    }
    return true;
  }

  /** A bound on the plan's rows where its sources are local rows and ranges; none for files and the rest. */
  private static OptionalLong rowsAtMost(ResolvedPlan plan) {
    if (plan instanceof LocalRows local) {
      return OptionalLong.of(local.data().rowCount());
    }
    if (plan instanceof RangeScan range) {
      return OptionalLong.of(range.step() == 0 ? 0 : Math.max(0, (range.end() - range.start()) / range.step() + 1));
    }
    if (plan instanceof Selection selection) {
      return rowsAtMost(selection.input());
    }
    if (plan instanceof Projection projection) {
      return rowsAtMost(projection.input());
    }
    if (plan instanceof LimitRows limit) {
      OptionalLong input = rowsAtMost(limit.input());
      return OptionalLong.of(Math.min(limit.limit(), input.orElse(Long.MAX_VALUE)));
    }
    if (plan instanceof JoinRows join) {
      return combined(rowsAtMost(join.left()), rowsAtMost(join.right()), true);
    }
    if (plan instanceof CombinedRows union) {
      return combined(rowsAtMost(union.left()), rowsAtMost(union.right()), false);
    }
    return OptionalLong.empty();
  }

  private static OptionalLong combined(OptionalLong left, OptionalLong right, boolean product) {
    if (left.isEmpty() || right.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(product ? Math.multiplyExact(left.getAsLong(), Math.max(1, right.getAsLong()))
          : Math.addExact(left.getAsLong(), right.getAsLong()));
    } catch (ArithmeticException overflow) {
      return OptionalLong.empty();
    }
  }
}
