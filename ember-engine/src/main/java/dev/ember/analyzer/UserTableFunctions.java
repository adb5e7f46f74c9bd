package dev.ember.analyzer;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.NamedArguments;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.logical.LateralJoin;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.MapPartitions;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.Sort;
import dev.ember.plan.logical.SubqueryAlias;
import dev.ember.plan.logical.TableArgument;
import dev.ember.plan.logical.TableFunctionCall;
import dev.ember.plan.logical.TableValuedFunctions;
import dev.ember.plan.logical.UnresolvedTableFunction;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.UserCodeRows;
import dev.ember.plan.usercode.TableUserFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Calls of user-defined table functions ({@link TableUserFunction}, PySpark's {@code @udtf}): the arguments computed
 * over one empty row, or over the rows of the table argument (a struct column of each row, its PARTITION BY
 * expressions as its last fields, the rows sorted by those then by its ORDER BY), or, in a lateral join, over the left
 * side's rows, which pass through; the function's rows are its columns, qualified by the function's name (or the
 * alias). As Spark's {@code EvalPythonUDTFExec} joins each input row with the rows the function made of it.
 */
final class UserTableFunctions {
  private static final String ARGUMENT = "_ember_udtf_arg_";
  private static final String SORT_KEY = "_ember_udtf_sort_";
  private static final String PARTITION = "_ember_udtf_partition";

  private UserTableFunctions() {
  }

  /** A call of a table function of the session by name ({@code SELECT * FROM f(...)}), if one has that name. */
  static Optional<TableFunctionCall> registered(Analyzer analyzer, UnresolvedTableFunction call) {
    return analyzer.sessionFunctions().tableFunction(call.name()).map(function ->
        new TableFunctionCall(call.name(), Optional.of(function), call.arguments(), Optional.empty(), -1));
  }

  static Scope resolve(Analyzer analyzer, TableFunctionCall call) {
    TableUserFunction function = function(analyzer, call);
    List<Expression> columns = new ArrayList<>();
    List<SortOrder> orders = new ArrayList<>();
    LogicalPlan input = TableValuedFunctions.oneRow();
    int partitionColumns = 0;
    if (call.table().isPresent()) {
      TableArgument table = call.table().get();
      input = table.plan();
      List<Expression> fields = new ArrayList<>(List.of(star()));
      for (int i = 0; i < table.partitionBy().size(); i++) {
        fields.add(new Alias(table.partitionBy().get(i), "partition_by_" + i));
        orders.add(new SortOrder(column(SORT_KEY + orders.size()), true, true));
      }
      partitionColumns = table.partitionBy().size();
      for (SortOrder order : table.orderBy()) {
        orders.add(new SortOrder(column(SORT_KEY + orders.size()), order.ascending(), order.nullsFirst()));
      }
      columns.add(new Alias(new UnresolvedFunction("struct", fields, false), ARGUMENT + "table"));
    }
    Shape shape = shape(call, columns);
    List<Expression> sortKeys = new ArrayList<>();
    if (call.table().isPresent()) {
      TableArgument table = call.table().get();
      List<Expression> keys = new ArrayList<>(table.partitionBy());
      table.orderBy().forEach(order -> keys.add(order.child()));
      for (int i = 0; i < keys.size(); i++) {
        sortKeys.add(new Alias(keys.get(i), SORT_KEY + i));
      }
    }
    List<Expression> projected = new ArrayList<>(shape.columns());
    projected.addAll(sortKeys);
    // a table argument without PARTITION BY (nor WITH SINGLE PARTITION): a call per partition of the table, as Spark
    boolean partitioned = call.table().isPresent() && orders.isEmpty() && !call.table().get().singlePartition();
    if (partitioned) {
      projected.add(inputPartition());
    }
    LogicalPlan rows = new Project(input, projected);
    if (!orders.isEmpty()) {
      rows = new Sort(rows, orders, true);
    }
    LogicalPlan plan = new MapPartitions(rows, function.call(new TableUserFunction.Call(0, shape.keywords(),
        shape.tables(), shape.literals(), partitionColumns, partitioned)));
    return ColumnEditing.alias(analyzer.resolve(plan), call.name());
  }

  /** {@code left, LATERAL f(left.x)}: the call over each left row, which its rows join; empty for another right side. */
  static Optional<Scope> lateral(Analyzer analyzer, LateralJoin join) {
    LogicalPlan right = join.right();
    Optional<String> alias = Optional.empty();
    while (right instanceof dev.ember.plan.logical.PlanIdTag tag) {
      right = tag.input(); // df.lateralJoin(MyUdtf(col("x").outer())): the call's DataFrame
    }
    if (right instanceof SubqueryAlias aliased) {
      alias = Optional.of(aliased.alias());
      right = aliased.input();
    }
    Optional<TableFunctionCall> call = right instanceof TableFunctionCall direct ? Optional.of(direct)
        : right instanceof UnresolvedTableFunction unresolved ? registered(analyzer, unresolved) : Optional.empty();
    if (call.isEmpty()) {
      return Optional.empty();
    }
    if (join.condition().isPresent() || !join.usingColumns().isEmpty()
        || join.type() != dev.ember.plan.logical.JoinType.INNER) {
      throw dev.ember.plan.errors.SparkErrors.unsupportedCall("udtf", "LateralJoin",
          "Ember runs a user-defined table function in an inner lateral join without a condition only, so far.");
    }
    if (call.get().table().isPresent()) {
      throw dev.ember.plan.errors.SparkErrors.unsupportedCall("udtf", "LateralJoin",
          "Ember does not run a table function with a TABLE argument in a lateral join yet.");
    }
    int passThrough = analyzer.resolve(join.left()).output().size();
    List<Expression> columns = new ArrayList<>(List.of(star()));
    Shape shape = shape(call.get(), new ArrayList<>());
    columns.addAll(shape.columns());
    columns.add(inputPartition());
    LogicalPlan plan = new MapPartitions(new Project(join.left(), columns), function(analyzer, call.get())
        .call(new TableUserFunction.Call(passThrough, shape.keywords(), shape.tables(), shape.literals(), 0, true)));
    Scope scope = analyzer.resolve(plan);
    if (!(scope.plan() instanceof UserCodeRows rows)) {
      return Optional.of(scope);
    }
    // the left's columns keep their qualifiers (t.x), the function's take its name or alias
    List<Attribute> input = rows.input().output();
    List<Attribute> output = new ArrayList<>();
    String qualifier = alias.orElse(call.get().name());
    for (int i = 0; i < rows.output().size(); i++) {
      Attribute attribute = rows.output().get(i);
      List<String> qualifiers = i < passThrough ? input.get(i).qualifier() : List.of(qualifier);
      output.add(new Attribute(attribute.id(), attribute.name(), attribute.dataType(), attribute.nullable(),
          qualifiers, attribute.declaredType()));
    }
    return Optional.of(Scope.of(new UserCodeRows(rows.input(), rows.function(), output)));
  }

  private static TableUserFunction function(Analyzer analyzer, TableFunctionCall call) {
    return call.function().or(() -> analyzer.sessionFunctions().tableFunction(call.name()))
        .orElseThrow(() -> SqlTableFunctions.unresolvable(call.name()));
  }

  /** The argument columns (the table argument's struct, when {@code columns} holds it, at its position). */
  private static Shape shape(TableFunctionCall call, List<Expression> columns) {
    List<Expression> ordered = new ArrayList<>();
    List<String> keywords = new ArrayList<>();
    List<Boolean> tables = new ArrayList<>();
    List<Object> literals = new ArrayList<>();
    int count = call.arguments().size() + (call.table().isPresent() ? 1 : 0);
    int scalar = 0;
    for (int i = 0; i < count; i++) {
      if (call.table().isPresent() && i == call.tablePosition()) {
        ordered.add(columns.get(0));
        keywords.add(call.table().get().keyword());
        tables.add(true);
        literals.add(null);
        continue;
      }
      Expression argument = call.arguments().get(scalar++);
      Optional<NamedArguments.Named> named = NamedArguments.named(argument);
      Expression value = named.map(NamedArguments.Named::value).orElse(argument);
      keywords.add(named.map(NamedArguments.Named::parameter).orElse(""));
      tables.add(false);
      literals.add(value instanceof Literal literal ? literal.value() : null);
      ordered.add(new Alias(value, ARGUMENT + i));
    }
    return new Shape(ordered, keywords, tables, literals);
  }

  /**
   * The Spark partition of each input row ({@code spark_partition_id()}: a range's partition, see
   * {@link RangePartitions}; else 0, Ember's one partition), by which the function's calls are split.
   */
  private static Expression inputPartition() {
    return new Alias(new UnresolvedFunction("spark_partition_id", List.of(), false), PARTITION);
  }

  private static Expression star() {
    return new UnresolvedStar(List.of(), OptionalLong.empty());
  }

  private static Expression column(String name) {
    return new UnresolvedAttribute(List.of(name), OptionalLong.empty());
  }

  private record Shape(List<Expression> columns, List<String> keywords, List<Boolean> tables, List<Object> literals) {
  }
}
