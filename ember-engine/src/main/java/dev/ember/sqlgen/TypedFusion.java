package dev.ember.sqlgen;

import dev.ember.engine.DroppingCarriers;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.resolved.UserFunctionResult;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.usercode.RowFunction;
import dev.ember.plan.usercode.RowFunction.Fusion;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import java.util.List;
import java.util.Optional;

/**
 * Adjacent typed operations over one input, each a user function DuckDB calls inside the SQL, as one function
 * ({@link RowFunction#fuse}) so that each row is read once: a typed filter and the filter after it (one condition), a
 * map of a map's value (one projection), and a typed filter and the map after it or a map and a filter of its value —
 * DuckDB's function cannot drop a row, so these return the map's result in a carrier type with a mark for the rows the
 * filter drops
 * ({@link DroppingCarriers}), and the SQL keeps the others:
 * {@code SELECT CAST(f AS BIGINT) AS value FROM (SELECT fused(args) AS f FROM input) WHERE f IS DISTINCT FROM mark}.
 */
final class TypedFusion {
  private TypedFusion() {
  }

  /** {@code plan} with a filter over a filter, or a map over a map, as one operator of a fused function. */
  static Optional<ResolvedPlan> fused(ResolvedPlan plan, SharedSubplans sharing) {
    if (plan instanceof Selection outer && outer.input() instanceof Selection inner && !sharing.isShared(inner)) {
      Optional<UserFunctionResult> first = call(inner.condition());
      Optional<UserFunctionResult> second = call(outer.condition());
      if (first.isPresent() && second.isPresent() && first.get().arguments().equals(second.get().arguments())) {
        return fuse(first.get(), Fusion.FILTER_THEN_FILTER, second.get())
            .map(condition -> new Selection(inner.input(), condition));
      }
    }
    if (plan instanceof Projection outer && outer.input() instanceof Projection inner && !sharing.isShared(inner)) {
      Optional<UserFunctionResult> first = onlyColumn(inner).flatMap(column -> call(column.expression()));
      Optional<UserFunctionResult> second = onlyColumn(outer).flatMap(column -> call(column.expression()));
      if (first.isPresent() && second.isPresent() && second.get().arguments().equals(
          List.of(new ColumnReference(inner.columns().get(0).attribute())))) {
        UserFunctionResult map = first.get();
        return fuse(map, Fusion.MAP_THEN_MAP, second.get()).map(call -> new Projection(inner.input(),
            List.of(new NamedExpression(new UserFunctionResult(call.function(), map.arguments(), call.result(), false,
                call.inline()), outer.columns().get(0).attribute()))));
      }
    }
    return Optional.empty();
  }

  /**
   * A map over a typed filter of the same arguments, or a filter of a map's result, as one call and a condition on its
   * result; empty otherwise.
   */
  static Optional<SqlSelect> dropping(SqlGenerator generator, ResolvedPlan plan, SharedSubplans sharing) {
    if (plan instanceof Projection projection && projection.input() instanceof Selection selection
        && !sharing.isShared(selection)) {
      // the filters below it first, as one
      Selection filter = selection;
      for (Optional<ResolvedPlan> filters = fused(filter, sharing); filters.isPresent();
          filters = fused(filter, sharing)) {
        filter = (Selection) filters.get();
      }
      Optional<UserFunctionResult> condition = call(filter.condition());
      Optional<NamedExpression> column = onlyColumn(projection);
      Optional<UserFunctionResult> map = column.flatMap(only -> call(only.expression()));
      if (condition.isPresent() && map.isPresent() && condition.get().arguments().equals(map.get().arguments())) {
        Selection input = filter;
        return fuse(condition.get(), Fusion.FILTER_THEN_MAP, map.get())
            .map(call -> keptRows(generator, call, input.input(), column.get().attribute()));
      }
    }
    if (plan instanceof Selection filter && filter.input() instanceof Projection projection
        && !sharing.isShared(projection)) {
      Optional<NamedExpression> column = onlyColumn(projection);
      Optional<UserFunctionResult> map = column.flatMap(only -> call(only.expression()));
      Optional<UserFunctionResult> condition = call(filter.condition());
      if (map.isPresent() && condition.isPresent() && condition.get().arguments().equals(
          List.of(new ColumnReference(column.get().attribute())))) {
        return fuse(map.get(), Fusion.MAP_THEN_FILTER, condition.get())
            .map(call -> keptRows(generator, new UserFunctionResult(call.function(), call.arguments(), map.get().result(),
                false, call.inline()), projection.input(), column.get().attribute()));
      }
    }
    return Optional.empty();
  }

  /** The rows of {@code input} {@code call} keeps, its result as {@code output}. */
  private static SqlSelect keptRows(SqlGenerator generator, UserFunctionResult call, ResolvedPlan input,
      dev.ember.plan.resolved.Attribute output) {
    dev.ember.plan.types.DataType type = output.dataType();
    String carrierType = DroppingCarriers.carrierType(type).orElseThrow();
    SqlColumn carried = new SqlColumn("ember_fused" + -generator.nextKeyId());
    SqlSelect calls = SqlSelect.from(List.of(new SelectItem(generator.expressions().convert(call), carried.name())),
        generator.subquery(input));
    SqlCast mark = new SqlCast(new SqlLiteral(DroppingCarriers.droppedText(type), AtomicType.STRING), carrierType,
        false);
    return SqlSelect.from(List.of(new SelectItem(new SqlCast(carried, DuckDbTypes.of(type), false),
        ColumnNames.of(output))), generator.subquery(calls))
        .withWhere(SqlOperator.infix("IS DISTINCT FROM", carried, mark));
  }

  /** {@code first} then {@code second} as one call over {@code first}'s arguments, when both run inside the SQL. */
  private static Optional<UserFunctionResult> fuse(UserFunctionResult first, Fusion fusion, UserFunctionResult second) {
    return first.inline().flatMap(function -> function.fuse(fusion, second.inline().get()))
        .map(function -> new UserFunctionResult(second.function(), first.arguments(), second.result(), false,
            Optional.of(function)));
  }

  /** The expression when it is a user function's call DuckDB makes inside the SQL over plain columns. */
  private static Optional<UserFunctionResult> call(BoundExpression expression) {
    return expression instanceof UserFunctionResult call && call.inline().isPresent() && !call.overAggregates()
        && call.arguments().stream().allMatch(argument -> argument instanceof ColumnReference)
        ? Optional.of(call) : Optional.empty();
  }

  private static Optional<NamedExpression> onlyColumn(Projection projection) {
    return projection.columns().size() == 1 ? Optional.of(projection.columns().get(0)) : Optional.empty();
  }
}
