package dev.ember.sqlgen;

import dev.ember.engine.QueryText;
import dev.ember.engine.UserCodeStage;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.CachedScan;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.resolved.UserCodeRows;
import dev.ember.plan.resolved.UserFunctionResult;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * User code in a plan becomes stages the engine runs before the query ({@link UserCodeStage}): SQL computes the
 * code's input, the code's rows land in a table, and the query reads that table where the code stood. A call of a
 * user-defined function in an operator's expressions is computed below the operator, over the operator's input
 * rows with the call's arguments beside them (innermost calls first, one stage each); {@link UserCodeRows} is the
 * table of its code's rows.
 */
final class UserCodeStaging {
  private static final AtomicLong STAGES = new AtomicLong();
  /** Ids of the stage's argument columns: negative, never an analyzer's. */
  private static final AtomicLong ARGUMENT_IDS = new AtomicLong();

  private UserCodeStaging() {
  }

  /** {@code rows} as the scan of its stage's table. */
  static ResolvedPlan rows(List<UserCodeStage> stages, UserCodeRows rows) {
    String table = nextTable();
    stages.add(new UserCodeStage.PartitionRows(table, SqlGenerator.generate(rows.input()),
        schema(rows.input().output(), rows.input().output().stream().map(Attribute::name).toList()),
        rows.function()));
    return new CachedScan(table, rows.output());
  }

  /** {@code plan} over the stage of its first user function call SQL can give the arguments of; empty if none. */
  static Optional<ResolvedPlan> stage(List<UserCodeStage> stages, ResolvedPlan plan) {
    if (plan instanceof Aggregation aggregation) {
      Optional<ResolvedPlan> split = aboveAggregation(aggregation);
      if (split.isPresent()) {
        return split;
      }
    }
    if (plan instanceof dev.ember.plan.resolved.JoinRows join) {
      return aboveInnerJoin(join);
    }
    if (plan instanceof Projection projection) {
      Optional<ResolvedPlan> split = aboveWindows(projection);
      if (split.isPresent()) {
        return split;
      }
    }
    List<BoundExpression> expressions = OperatorExpressions.overOneInput(plan);
    if (expressions.isEmpty()) {
      return Optional.empty();
    }
    UserFunctionResult call = innermost(expressions);
    if (call == null) {
      return Optional.empty();
    }
    ResolvedPlan input = dev.ember.sqlgen.PlanChildren.of(plan).get(0);
    // the arguments first: Spark's encoders read a tuple's fields by position
    List<NamedExpression> columns = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < call.arguments().size(); i++) {
      BoundExpression argument = call.arguments().get(i);
      String name = call.function().takesWholeRow() && argument instanceof ColumnReference column
          ? column.attribute().name() : "_" + (i + 1);
      columns.add(new NamedExpression(argument, new Attribute(-ARGUMENT_IDS.incrementAndGet(), name,
          argument.dataType(), argument.nullable(), List.of())));
      names.add(name);
    }
    for (int i = 0; i < input.output().size(); i++) {
      Attribute attribute = input.output().get(i);
      columns.add(new NamedExpression(new ColumnReference(attribute), attribute));
      names.add("#ember_row_" + i);
    }
    Projection stageInput = new Projection(input, columns);
    String table = nextTable();
    QueryText inputSql = SqlGenerator.generate(stageInput, names::get);
    stages.add(new UserCodeStage.RowResults(table, inputSql, schema(stageInput.output(), names),
        call.arguments().size(), call.function()));
    List<Attribute> scanned = new ArrayList<>(input.output());
    scanned.add(call.result());
    ColumnReference result = new ColumnReference(call.result());
    return Optional.of(rebuild(plan, new CachedScan(table, scanned), expression -> BoundExpressions.replace(expression,
        part -> part.equals(call) ? Optional.of(result) : Optional.empty())));
  }

  /**
   * A projection whose columns call user functions over window functions ({@code udf(rank() OVER w)}): a projection
   * of the input's columns and the calls' arguments, then one computing the columns over it.
   */
  private static Optional<ResolvedPlan> aboveWindows(Projection projection) {
    List<NamedExpression> lower = new ArrayList<>();
    projection.input().output().forEach(column -> lower.add(new NamedExpression(new ColumnReference(column), column)));
    List<NamedExpression> upper = new ArrayList<>();
    boolean split = false;
    for (NamedExpression column : projection.columns()) {
      if (!BoundExpressions.anyMatch(column.expression(),
          part -> part instanceof UserFunctionResult call && call.overAggregates() && call.staged())) {
        upper.add(column);
        continue;
      }
      split = true;
      upper.add(new NamedExpression(computedBelow(column.expression(), lower), column.attribute()));
    }
    return split ? Optional.of(new Projection(new Projection(projection.input(), lower), upper)) : Optional.empty();
  }

  /** {@code expression} with each call over aggregates reading its arguments as columns {@code lower} computes. */
  private static BoundExpression computedBelow(BoundExpression expression, List<NamedExpression> lower) {
    return BoundExpressions.replace(expression, part -> {
      if (!(part instanceof UserFunctionResult call && call.overAggregates() && call.staged())) {
        return Optional.empty();
      }
      List<BoundExpression> arguments = new ArrayList<>();
      for (BoundExpression argument : call.arguments()) {
        Attribute computed = new Attribute(-ARGUMENT_IDS.incrementAndGet(), "_aggregated", argument.dataType(),
            argument.nullable(), List.of());
        lower.add(new NamedExpression(argument, computed));
        arguments.add(new ColumnReference(computed));
      }
      return Optional.of(new UserFunctionResult(call.function(), arguments, call.result(), false));
    });
  }

  /**
   * An aggregation whose columns call user functions over aggregates ({@code udf(sum(x))}, a user aggregate over
   * its group's inputs): the aggregation computes the calls' arguments, a projection above it the calls.
   */
  private static Optional<ResolvedPlan> aboveAggregation(Aggregation aggregation) {
    List<NamedExpression> lower = new ArrayList<>();
    List<NamedExpression> upper = new ArrayList<>();
    boolean split = false;
    for (NamedExpression column : aggregation.columns()) {
      if (!BoundExpressions.anyMatch(column.expression(),
          part -> part instanceof UserFunctionResult call && call.overAggregates() && call.staged())) {
        lower.add(column);
        upper.add(new NamedExpression(new ColumnReference(column.attribute()), column.attribute()));
        continue;
      }
      split = true;
      upper.add(new NamedExpression(computedBelow(column.expression(), lower), column.attribute()));
    }
    return split ? Optional.of(new Projection(new Aggregation(aggregation.input(), aggregation.kind(),
        aggregation.groupings(), aggregation.groupingSets(), lower), upper)) : Optional.empty();
  }

  /**
   * An inner join whose condition calls a user function: the join on the rest of the condition, then a filter on
   * the conjuncts with the calls (the same rows); the filter stages them as any filter's.
   */
  private static Optional<ResolvedPlan> aboveInnerJoin(dev.ember.plan.resolved.JoinRows join) {
    boolean inner = join.type() == dev.ember.plan.logical.JoinType.INNER
        || join.type() == dev.ember.plan.logical.JoinType.CROSS;
    if (!inner || join.condition().isEmpty() || !BoundExpressions.anyMatch(join.condition().get(),
        part -> part instanceof UserFunctionResult call && call.staged())) {
      return Optional.empty();
    }
    List<BoundExpression> kept = new ArrayList<>();
    List<BoundExpression> filtered = new ArrayList<>();
    for (BoundExpression conjunct : Conjuncts.of(join.condition().get())) {
      boolean staged = BoundExpressions.anyMatch(conjunct,
          part -> part instanceof UserFunctionResult call && call.staged());
      (staged ? filtered : kept).add(conjunct);
    }
    var type = kept.isEmpty() ? dev.ember.plan.logical.JoinType.CROSS : join.type();
    return Optional.of(new Selection(new dev.ember.plan.resolved.JoinRows(join.left(), join.right(), type,
        kept.stream().reduce(Conjuncts::and)), Conjuncts.all(filtered)));
  }

  private static String nextTable() {
    return "ember_stage_" + STAGES.incrementAndGet();
  }

  private static StructType schema(List<Attribute> attributes, List<String> names) {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < attributes.size(); i++) {
      fields.add(new StructField(names.get(i), attributes.get(i).dataType(), attributes.get(i).nullable()));
    }
    return new StructType(fields);
  }

  /** The first call whose arguments hold no other call and exist below the operator. */
  private static UserFunctionResult innermost(List<BoundExpression> expressions) {
    UserFunctionResult[] found = new UserFunctionResult[1];
    for (BoundExpression expression : expressions) {
      BoundExpressions.anyMatch(expression, part -> {
        if (part instanceof UserFunctionResult call && call.staged() && !call.overAggregates() && call.arguments()
            .stream().noneMatch(argument -> BoundExpressions.anyMatch(argument,
                inner -> inner instanceof UserFunctionResult innerCall && innerCall.staged()))) {
          found[0] = call;
          return true;
        }
        return false;
      });
      if (found[0] != null) {
        return found[0];
      }
    }
    return null;
  }

  private static ResolvedPlan rebuild(ResolvedPlan plan, ResolvedPlan input, UnaryOperator<BoundExpression> replace) {
    if (plan instanceof Projection projection) {
      return new Projection(input, projection.columns().stream()
          .map(column -> new NamedExpression(replace.apply(column.expression()), column.attribute())).toList());
    }
    if (plan instanceof Selection selection) {
      return new Selection(input, replace.apply(selection.condition()));
    }
    if (plan instanceof Aggregation aggregation) {
      return new Aggregation(input, aggregation.kind(), aggregation.groupings().stream().map(replace).toList(),
          aggregation.groupingSets(), aggregation.columns().stream()
          .map(column -> new NamedExpression(replace.apply(column.expression()), column.attribute())).toList());
    }
    if (plan instanceof dev.ember.plan.resolved.GeneratedRows generated) {
      var generator = generated.generator();
      return new dev.ember.plan.resolved.GeneratedRows(input, new dev.ember.plan.resolved.Generator(
          generator.function(), replace.apply(generator.collection()), generator.position(), generator.outer()),
          generated.generated());
    }
    Ordering ordering = (Ordering) plan;
    return new Ordering(input, ordering.orders().stream().map(order -> new BoundSortOrder(replace.apply(order.child()),
        order.ascending(), order.nullsFirst())).toList(), ordering.global());
  }
}
