package dev.ember.analyzer;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UserFunctionCall;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.UserFunctionResult;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.usercode.ScalarUserFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * A call of a user-defined JVM function, as Spark's ScalaUDF: {@code *} stands for every column, an argument of
 * another atomic type than the function's encoder reads is cast to it first (Spark's implicit input casts), and the
 * column is named {@code UDF(a, b)} (or after the function's name).
 */
final class UserFunctionCalls {
  /** The aggregate that hands a user aggregate its group's inputs: all of them, NULLs too. */
  static final String GROUP_ROWS = "ember_group_rows";
  /** The same over the group's distinct inputs ({@code agg(DISTINCT ...)}). */
  static final String GROUP_DISTINCT_ROWS = "ember_group_distinct_rows";

  private UserFunctionCalls() {
  }

  static BoundColumn resolve(ExpressionResolver resolver, Analyzer analyzer, UserFunctionCall call) {
    List<BoundColumn> arguments = new ArrayList<>();
    for (Expression argument : call.arguments()) {
      List<BoundColumn> expanded = resolver.expandedColumns(argument);
      if (expanded != null) {
        arguments.addAll(expanded);
      } else {
        arguments.add(resolver.resolve(argument));
      }
    }
    ScalarUserFunction function = call.function();
    if (function.aggregates()) {
      return aggregate(analyzer, function, arguments, call.distinct());
    }
    List<BoundExpression> bound = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      BoundExpression argument = arguments.get(i).expression();
      bound.add(function.takesWholeRow() || i >= function.inputTypes().size() ? argument
          : castTo(argument, function.inputTypes().get(i)));
    }
    // the same deterministic call twice (a select item and its GROUP BY key) is one column, as Spark's semantic equality
    Attribute result = function.deterministic()
        ? analyzer.userFunctionResult(List.of(function, bound),
            () -> analyzer.newAttribute("udf", function.returnType(), function.nullable()))
        : analyzer.newAttribute("udf", function.returnType(), function.nullable());
    String name = function.columnName(arguments.stream().map(BoundColumn::name).toList(), analyzer.userCodeContext());
    boolean overAggregates = bound.stream().anyMatch(argument -> dev.ember.plan.resolved.BoundExpressions.anyMatch(
        argument, part -> part instanceof dev.ember.plan.resolved.WindowCall
            || part instanceof dev.ember.plan.resolved.Call c && AggregateFunctions.isAggregate(c.function())));
    return new BoundColumn(new UserFunctionResult(function, bound, result, overAggregates,
        inline(analyzer, function, bound)), name);
  }

  /**
   * A {@code Dataset.map} whose function of each row runs inside the SQL: a projection of its result over each whole
   * input row; empty when the map runs as a stage.
   */
  static java.util.Optional<dev.ember.plan.resolved.ResolvedPlan> eachRow(Analyzer analyzer,
      dev.ember.plan.resolved.ResolvedPlan input, dev.ember.plan.usercode.PartitionFunction function,
      List<Attribute> output) {
    java.util.Optional<ScalarUserFunction> row = output.size() == 1 ? function.eachRow() : java.util.Optional.empty();
    if (row.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<BoundExpression> arguments = input.output().stream()
        .<BoundExpression>map(dev.ember.plan.resolved.ColumnReference::new).toList();
    return inline(analyzer, row.get(), arguments).map(inline -> new dev.ember.plan.resolved.Projection(input,
        List.of(new dev.ember.plan.resolved.NamedExpression(new UserFunctionResult(row.get(), arguments,
            output.get(0), false, java.util.Optional.of(inline)), output.get(0)))));
  }

  /** Spark types whose values reach user code as they come from DuckDB (boxed), which it may call inside its SQL. */
  private static final java.util.Set<DataType> FLAT = java.util.Set.of(AtomicType.BOOLEAN, AtomicType.BYTE,
      AtomicType.SHORT, AtomicType.INTEGER, AtomicType.LONG, AtomicType.FLOAT, AtomicType.DOUBLE, AtomicType.STRING);

  /** The call as a function DuckDB calls in the SQL, when its arguments and result are flat and the function lets it. */
  private static java.util.Optional<dev.ember.plan.usercode.RowFunction> inline(Analyzer analyzer,
      ScalarUserFunction function, List<BoundExpression> arguments) {
    List<DataType> types = arguments.stream().map(BoundExpression::dataType).toList();
    if (types.isEmpty() || !FLAT.contains(function.returnType()) || !FLAT.containsAll(types)) {
      return java.util.Optional.empty();
    }
    List<dev.ember.plan.types.StructField> fields = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      BoundExpression argument = arguments.get(i);
      String name = function.takesWholeRow() && argument instanceof dev.ember.plan.resolved.ColumnReference column
          ? column.attribute().name() : "_" + (i + 1);
      fields.add(new dev.ember.plan.types.StructField(name, argument.dataType(), argument.nullable()));
    }
    return function.rowFunction(new dev.ember.plan.types.StructType(fields), analyzer.userCodeContext());
  }

  /** A user aggregate: the function over the list of its group's inputs, computed by the aggregation. */
  private static BoundColumn aggregate(Analyzer analyzer, ScalarUserFunction function, List<BoundColumn> arguments,
      boolean distinct) {
    BoundExpression input;
    java.util.Optional<dev.ember.plan.types.StructType> declared = function.declaredInputs();
    if (declared.isPresent()) {
      input = declaredInputs(function, declared.get(), arguments);
    } else if (arguments.isEmpty()) {
      // a row of no values: DuckDB has no empty struct, so each row stands as TRUE
      input = new dev.ember.plan.expressions.Literal(true, dev.ember.plan.types.AtomicType.BOOLEAN);
    } else if (!function.inputTypes().isEmpty() && function.inputTypes().get(0) instanceof dev.ember.plan.types.StructType
        || arguments.size() != 1) {
      List<dev.ember.plan.types.StructField> fields = new ArrayList<>();
      for (BoundColumn argument : arguments) {
        fields.add(new dev.ember.plan.types.StructField(argument.name(), argument.expression().dataType(),
            argument.expression().nullable()));
      }
      input = new dev.ember.plan.resolved.Call("struct", arguments.stream().map(BoundColumn::expression).toList(),
          new dev.ember.plan.types.StructType(fields), false);
    } else {
      input = arguments.get(0).expression();
    }
    BoundExpression rows = new dev.ember.plan.resolved.Call(distinct ? GROUP_DISTINCT_ROWS : GROUP_ROWS, List.of(input),
        new dev.ember.plan.types.ArrayType(input.dataType(), true), false);
    Attribute result = analyzer.newAttribute("udaf", function.returnType(), function.nullable());
    // Spark names a call over distinct inputs f(DISTINCT a, b)
    List<String> names = new ArrayList<>(arguments.stream().map(BoundColumn::name).toList());
    if (distinct && !names.isEmpty()) {
      names.set(0, "DISTINCT " + names.get(0));
    }
    return new BoundColumn(new UserFunctionResult(function, List.of(rows), result, true),
        function.columnName(names, analyzer.userCodeContext()));
  }

  /**
   * The struct of a call's arguments as the aggregate declares them: WRONG_NUM_ARGS for another number of them, each
   * cast to its field's type.
   */
  private static BoundExpression declaredInputs(ScalarUserFunction function, dev.ember.plan.types.StructType declared,
      List<BoundColumn> arguments) {
    List<dev.ember.plan.types.StructField> fields = declared.fields();
    if (fields.size() != arguments.size()) {
      throw dev.ember.plan.errors.SparkErrors.wrongNumArgs(dev.ember.plan.expressions.Identifiers.quoteNameParts(
          List.of(function.name().split("\\."))), String.valueOf(fields.size()), arguments.size());
    }
    List<BoundExpression> values = new ArrayList<>();
    List<dev.ember.plan.types.StructField> cast = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      BoundExpression value = castTo(arguments.get(i).expression(), fields.get(i).dataType());
      values.add(value);
      cast.add(new dev.ember.plan.types.StructField(fields.get(i).name(), value.dataType(), value.nullable()));
    }
    return new dev.ember.plan.resolved.Call("struct", values, new dev.ember.plan.types.StructType(cast), false);
  }

  private static BoundExpression castTo(BoundExpression argument, DataType type) {
    boolean atomic = type instanceof AtomicType || type instanceof DecimalType;
    return !atomic || argument.dataType().equals(type) ? argument : new BoundCast(argument, type, false);
  }
}
