package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.Join;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code join} with a condition (or none): the output is the left columns then the right ones (the
 * left only for semi and anti joins). Using-column joins are {@link UsingJoinResolver}'s.
 */
final class JoinResolver {
  private static final Set<String> EQUALITIES = Set.of("=", "==", "<=>");

  private final Analyzer analyzer;

  JoinResolver(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Scope resolve(Join join) {
    Scope left = analyzer.resolve(join.left());
    Scope right = analyzer.resolve(join.right());
    if (!join.usingColumns().isEmpty()) {
      return new UsingJoinResolver(analyzer).resolve(left, right, join.type(), join.usingColumns());
    }
    Optional<BoundExpression> condition =
        join.condition().map(expression -> resolveCondition(left, right, expression));
    return joined(left, right, new JoinRows(left.plan(), right.plan(), join.type(), condition));
  }

  /** The scope of a join node: both sides' plan ids and hidden columns. */
  static Scope joined(Scope left, Scope right, JoinRows rows) {
    return new Scope(rows, Scope.merge(left, right), Scope.mergeHidden(left, right),
        Scope.sharedPlanIds(left, right, false));
  }

  /** What a join condition sees: every column of both sides (a DataFrame itself on one side wins there). */
  static Scope bothSides(Scope left, Scope right) {
    return new Scope(new JoinRows(left.plan(), right.plan(), JoinType.INNER, Optional.empty()),
        Scope.merge(left, right), Scope.mergeHidden(left, right), Scope.sharedPlanIds(left, right, true));
  }

  BoundExpression resolveCondition(Scope left, Scope right, Expression condition) {
    BoundColumn bound = resolveSelfJoinAware(left, right, condition);
    var type = bound.expression().dataType();
    if (type != AtomicType.BOOLEAN && type != AtomicType.NULL) {
      throw new EmberException(ErrorKind.ANALYSIS, "JOIN_CONDITION_IS_NOT_BOOLEAN_TYPE", "42K0E",
          "The join condition \"" + bound.name() + "\" has the invalid type " + SparkErrors.toSqlType(type)
              + ", expected \"BOOLEAN\".",
          Map.of("joinCondition", "\"" + bound.name() + "\"", "conditionType", SparkErrors.toSqlType(type)));
    }
    SubqueryChecks.requireOneSideInJoinCondition(bound, left.plan().output(), right.plan().output());
    return bound.expression();
  }

  /**
   * As classic Spark's Dataset.join: an equality of a DataFrame's column with itself
   * ({@code a.join(a, a.col("k") === a.col("k"))}), alone or among AND-ed conjuncts, compares the
   * left side's column with the right side's.
   */
  private BoundColumn resolveSelfJoinAware(Scope left, Scope right, Expression condition) {
    ExpressionResolver both = analyzer.expressions(bothSides(left, right), false);
    if (condition instanceof UnresolvedFunction function && function.arguments().size() == 2) {
      if (function.name().equals("and")) {
        List<BoundColumn> conjuncts = new ArrayList<>();
        for (Expression argument : function.arguments()) {
          conjuncts.add(resolveSelfJoinAware(left, right, argument));
        }
        return both.resolveCall(function, conjuncts);
      }
      if (isSelfEquality(left, right, function)) {
        return both.resolveCall(function, List.of(
            analyzer.expressions(left, false).resolve(function.arguments().get(0)),
            analyzer.expressions(right, false).resolve(function.arguments().get(1))));
      }
    }
    return both.resolve(condition);
  }

  private static boolean isSelfEquality(Scope left, Scope right, UnresolvedFunction function) {
    if (!EQUALITIES.contains(function.name())
        || !(function.arguments().get(0) instanceof UnresolvedAttribute first)
        || !(function.arguments().get(1) instanceof UnresolvedAttribute second)) {
      return false;
    }
    return first.equals(second) && first.planId().isPresent()
        && left.planIdOutputs().containsKey(first.planId().getAsLong())
        && right.planIdOutputs().containsKey(first.planId().getAsLong());
  }
}
