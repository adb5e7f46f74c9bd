package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether two resolved expressions compute the same value however they were written, as Spark's
 * {@code semanticEquals} decides it: both are brought to a canonical form in which the operands of a commutative
 * operation ({@code +}, {@code *}, AND, OR, =, <=>, the bitwise operators, greatest, least) are flattened and put in
 * one order, so {@code GROUP BY a + 1} groups what {@code ORDER BY 1 + a} reads.
 */
final class SemanticEquality {
  private static final Set<String> COMMUTATIVE = Set.of("add", "multiply", "and", "or", "bitwise_and", "bitwise_or",
      "bitwise_xor", "greatest", "least");
  private static final Set<String> SYMMETRIC = Set.of("equal", "equal_null_safe");

  /**
   * Any fixed order of operands serves, equal operands being alike: by hash first, by text only on a tie (a
   * subquery's text is its whole plan).
   */
  private static final Comparator<Object> OPERAND_ORDER = Comparator.comparingInt(Object::hashCode)
      .thenComparing(Object::toString);

  private SemanticEquality() {
  }

  static boolean equal(BoundExpression left, BoundExpression right) {
    return left.equals(right) || canonical(left).equals(canonical(right));
  }

  /**
   * {@code expression} with each part outside aggregate functions that computes what a grouping key computes replaced
   * by that key as written, so the key is grouped by and read in one form.
   */
  static BoundExpression toGroupings(BoundExpression expression, List<BoundExpression> groupings) {
    if (groupings.isEmpty()) {
      return expression;
    }
    List<BoundExpression> canonicalKeys = groupings.stream().map(SemanticEquality::canonical).toList();
    // a canonical form keeps its node's kind (and function): only parts of a key's kind are brought to theirs
    Set<String> keyKinds = new java.util.HashSet<>();
    groupings.forEach(key -> keyKinds.add(kind(key)));
    return BoundExpressions.replace(expression, part -> {
      if (groupings.contains(part)) {
        return Optional.of(part);
      }
      if (part instanceof Call call && (AggregateFunctions.isAggregate(call.function())
          || call.function().startsWith("grouping"))) {
        return Optional.of(part);
      }
      if (!keyKinds.contains(kind(part))) {
        return Optional.empty();
      }
      int key = canonicalKeys.indexOf(canonical(part));
      return key < 0 ? Optional.empty() : Optional.of(groupings.get(key));
    });
  }

  private static String kind(BoundExpression expression) {
    return expression instanceof Call call ? "call " + call.function() : expression.getClass().getName();
  }

  static BoundExpression canonical(BoundExpression expression) {
    BoundExpression withCanonicalChildren = BoundExpressions.withChildren(expression,
        BoundExpressions.children(expression).stream().map(SemanticEquality::canonical).toList());
    if (!(withCanonicalChildren instanceof Call call)) {
      return withCanonicalChildren;
    }
    if (COMMUTATIVE.contains(call.function())) {
      List<BoundExpression> operands = new ArrayList<>();
      flatten(call.function(), call, operands);
      operands.sort(OPERAND_ORDER);
      return new Call(call.function(), operands, call.dataType(), call.nullable());
    }
    if (SYMMETRIC.contains(call.function()) && call.arguments().size() == 2) {
      List<BoundExpression> operands = new ArrayList<>(call.arguments());
      operands.sort(OPERAND_ORDER);
      return new Call(call.function(), operands, call.dataType(), call.nullable());
    }
    return call;
  }

  private static void flatten(String function, BoundExpression expression, List<BoundExpression> operands) {
    if (expression instanceof Call call && call.function().equals(function)) {
      call.arguments().forEach(argument -> flatten(function, argument, operands));
    } else {
      operands.add(expression);
    }
  }
}
