package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.RangeScan;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.resolved.WindowCall;
import dev.ember.plan.types.AtomicType;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The partitions Spark reads a range in ({@code RangeExec}, as {@code ParallelCollectionRDD} slices a sequence):
 * {@code numPartitions} slices (else {@code spark.sql.leafNodeDefaultParallelism}, else the default parallelism of
 * Spark's local mode, {@code local[*]}: one per core), slice {@code i} holding the elements {@code floor(i * n / s)}
 * up to {@code floor((i + 1) * n / s)} of the range's {@code n}. Ember runs a range as one partition; a row's Spark
 * partition is what {@code spark_partition_id()} reports over a range (through filters and projections keeping its
 * {@code id}) and what a Python UDTF's calls are split by.
 */
final class RangePartitions {
  private RangePartitions() {
  }

  /** The slices of a range read with {@code numPartitions} (a positive number), else Spark's default parallelism. */
  static int slices(Analyzer analyzer, OptionalInt numPartitions) {
    if (numPartitions.isPresent() && numPartitions.getAsInt() > 0) {
      return numPartitions.getAsInt();
    }
    return analyzer.confValue("spark.sql.leafNodeDefaultParallelism").flatMap(RangePartitions::positive)
        .orElse(Runtime.getRuntime().availableProcessors());
  }

  private static Optional<Integer> positive(String value) {
    try {
      int number = Integer.parseInt(value.trim());
      return number > 0 ? Optional.of(number) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The Spark partition of each row of {@code plan} when its rows are a range's in the range's partitions (the range
   * under filters and projections that keep its {@code id} and compute no window); empty otherwise.
   */
  static Optional<BoundExpression> partitionOf(ResolvedPlan plan) {
    ResolvedPlan current = plan;
    while (current instanceof Selection || current instanceof Projection) {
      if (current instanceof Selection selection) {
        current = selection.input();
      } else {
        Projection projection = (Projection) current;
        if (projection.columns().stream().anyMatch(column -> BoundExpressions.anyMatch(column.expression(),
            WindowCall.class::isInstance))) {
          return Optional.empty();
        }
        current = projection.input();
      }
    }
    if (!(current instanceof RangeScan range) || range.slices() <= 1) {
      return Optional.empty();
    }
    Optional<Attribute> id = plan.output().stream().filter(attribute -> attribute.id() == range.id().id())
        .findFirst();
    return id.map(attribute -> partition(range, new ColumnReference(attribute)));
  }

  /**
   * {@code plan} after a repartition (which Ember does not carry out): a range under it no longer in its own
   * partitions, whose rows Spark spreads where Ember cannot know (they report partition 0, Ember's one).
   */
  static ResolvedPlan repartitioned(ResolvedPlan plan) {
    if (plan instanceof Selection selection) {
      ResolvedPlan input = repartitioned(selection.input());
      return input == selection.input() ? plan : new Selection(input, selection.condition());
    }
    if (plan instanceof Projection projection) {
      ResolvedPlan input = repartitioned(projection.input());
      return input == projection.input() ? plan : new Projection(input, projection.columns());
    }
    if (plan instanceof RangeScan range && range.slices() > 1) {
      return new RangeScan(range.start(), range.end(), range.step(), range.id(), 1);
    }
    return plan;
  }

  /** The slice of the element {@code id}: a binary search over the slices' first elements. */
  private static BoundExpression partition(RangeScan range, BoundExpression id) {
    BigInteger start = BigInteger.valueOf(range.start());
    BigInteger step = BigInteger.valueOf(range.step());
    BigInteger span = BigInteger.valueOf(range.end()).subtract(start);
    BigInteger[] quotient = span.divideAndRemainder(step);
    BigInteger elements = quotient[0].add(quotient[1].signum() != 0 ? BigInteger.ONE : BigInteger.ZERO);
    if (elements.signum() <= 0) {
      return new Literal(0, AtomicType.INTEGER);
    }
    return search(range, id, start, step, elements, 0, range.slices() - 1);
  }

  private static BoundExpression search(RangeScan range, BoundExpression id, BigInteger start, BigInteger step,
      BigInteger elements, int low, int high) {
    if (low == high) {
      return new Literal(low, AtomicType.INTEGER);
    }
    int middle = (low + high + 1) / 2;
    // the first element of slice `middle`; every element of the slices before it comes before it
    long first = start.add(BigInteger.valueOf(middle).multiply(elements)
        .divide(BigInteger.valueOf(range.slices())).multiply(step)).longValue();
    Call before = new Call(range.step() > 0 ? "less_than" : "greater_than",
        List.of(id, new Literal(first, AtomicType.LONG)), AtomicType.BOOLEAN, false);
    return new Call("case_when", List.of(before, search(range, id, start, step, elements, low, middle - 1),
        search(range, id, start, step, elements, middle, high)), AtomicType.INTEGER, false);
  }
}
