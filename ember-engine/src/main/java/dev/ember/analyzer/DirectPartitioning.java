package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.Repartition;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code repartitionById(n, id)}: Spark sends each row to partition {@code pmod(id, n)} (a NULL id to partition 0),
 * so {@code spark_partition_id()} above it reports that partition. Ember keeps one partition but computes the
 * partition a row would have as a hidden column, which {@code spark_partition_id()} reads until the next operator
 * that chooses its columns.
 */
final class DirectPartitioning {
  /** The hidden column's name (its id is what identifies it; the name only marks it in plans). */
  private static final String PARTITION_COLUMN = "__direct_partition_id";

  private DirectPartitioning() {
  }

  static boolean applies(Repartition repartition) {
    return repartition.numPartitions().isPresent() && repartition.partitionExpressions().size() == 1
        && repartition.partitionExpressions().get(0) instanceof UnresolvedFunction function
        && function.name().equals(Repartition.DIRECT_SHUFFLE_PARTITION_ID) && function.arguments().size() == 1;
  }

  static Scope resolve(Analyzer analyzer, Scope input, Repartition repartition) {
    UnresolvedFunction direct = (UnresolvedFunction) repartition.partitionExpressions().get(0);
    ExpressionResolver resolver = analyzer.expressions(input, false);
    BoundColumn id = resolver.resolve(direct.arguments().get(0));
    if (id.expression().dataType() != AtomicType.INTEGER) {
      String call = Repartition.DIRECT_SHUFFLE_PARTITION_ID + "(" + id.name() + ")";
      throw InputChecks.unexpectedType(call, 0, id.name(), id.expression().dataType(), "\"INT\"");
    }
    BoundExpression partition = resolver.resolve(new UnresolvedFunction("coalesce", List.of(
        new UnresolvedFunction("pmod", List.of(direct.arguments().get(0),
            Literal.of(repartition.numPartitions().getAsInt())), false), Literal.of(0)), false)).expression();
    Attribute column = analyzer.newAttribute(PARTITION_COLUMN, AtomicType.INTEGER, false);
    List<NamedExpression> output = new ArrayList<>(input.plan().output().stream()
        .map(ProjectResolver::passThrough).toList());
    output.add(new NamedExpression(partition, column));
    Set<Long> hidden = new HashSet<>(input.hiddenIds());
    hidden.add(column.id());
    return input.withSameColumns(new Projection(input.plan(), output)).withHidden(hidden);
  }

  /**
   * {@code spark_partition_id()} over a {@code repartitionById}: the hidden partition column; over a range, the
   * range's partition ({@link RangePartitions}); else as bound.
   */
  static BoundExpression partitionOf(Scope scope, BoundExpression bound) {
    if (!(bound instanceof Call call) || !call.function().equals("spark_partition_id")) {
      return bound;
    }
    Optional<Attribute> partition = scope.plan().output().stream()
        .filter(attribute -> scope.hiddenIds().contains(attribute.id()) && attribute.name().equals(PARTITION_COLUMN))
        .findFirst();
    return partition.<BoundExpression>map(ColumnReference::new)
        .or(() -> RangePartitions.partitionOf(scope.plan())).orElse(bound);
  }
}
