package dev.ember.sqlgen;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.List;

/**
 * A resolved expression as a DuckDB SQL expression. One per {@link SqlGenerator}: a subquery expression's plan is
 * rendered by the same generator, so its table aliases and shared tables belong to the same statement.
 */
final class ExpressionToSql {
  private final SqlGenerator generator;
  private final boolean joinCondition;

  ExpressionToSql(SqlGenerator generator) {
    this(generator, false);
  }

  private ExpressionToSql(SqlGenerator generator, boolean joinCondition) {
    this.generator = generator;
    this.joinCondition = joinCondition;
  }

  /**
   * The converter of a join's condition, where Spark evaluates an IN subquery as SQL does (NULL when no row is
   * equal and one compares unknown): it plans IN as a join only in filters and select lists.
   */
  ExpressionToSql forJoinCondition() {
    return new ExpressionToSql(generator, true);
  }

  /**
   * A filter's condition. An IN or NOT IN subquery among its top-level conjuncts is written as SQL's three-valued
   * IN (its NULL drops the row as its FALSE does), which DuckDB plans as a semi or anti join, rather than wrapped in
   * {@code coalesce} (TPC-H Q18's {@code o_orderkey IN (SELECT ... HAVING ...)}, Q16's {@code NOT IN}).
   */
  SqlExpression convertFilter(BoundExpression condition) {
    if (condition instanceof Call call && call.function().equals("and") && call.arguments().size() == 2) {
      return SqlOperator.infix("AND", convertFilter(call.argument(0)), convertFilter(call.argument(1)));
    }
    if (condition instanceof dev.ember.plan.resolved.BoundSubquery subquery
        && subquery.kind() == dev.ember.plan.expressions.SubqueryExpression.Kind.IN) {
      return SubqueryToSql.convert(generator, this, subquery, true);
    }
    if (condition instanceof Call call && call.function().equals("not")
        && call.argument(0) instanceof dev.ember.plan.resolved.BoundSubquery subquery
        && subquery.kind() == dev.ember.plan.expressions.SubqueryExpression.Kind.IN) {
      return SubqueryToSql.notIn(generator, this, subquery, true);
    }
    return convert(condition);
  }

  SqlExpression convert(BoundExpression expression) {
    if (expression instanceof dev.ember.plan.resolved.UserFunctionResult call && call.inline().isPresent()) {
      String tag = generator.callsUserFunction(call.inline().get());
      List<SqlExpression> arguments = new java.util.ArrayList<>(call.arguments().stream().map(this::convert).toList());
      arguments.add(new SqlLiteral(tag, AtomicType.STRING));
      return new SqlCall(call.inline().get().name(), arguments, false);
    }
    if (expression instanceof dev.ember.plan.resolved.UserFunctionResult call) {
      // staged below every operator but these (UserCodeStaging)
      throw dev.ember.plan.errors.SparkErrors.unsupportedCall("apply", "UserDefinedFunction",
          "Ember calls a user-defined function in a select, filter, aggregation or sort over the rows below it, not in "
          + (call.overAggregates() ? "an argument over an aggregate or window function" : "this place") + " yet.");
    }
    if (expression instanceof Literal literal) {
      return new SqlLiteral(literal.value(), dev.ember.plan.types.Collations.withoutCollation(literal.dataType()));
    }
    if (expression instanceof ColumnReference reference) {
      return new SqlColumn(ColumnNames.of(reference.attribute()));
    }
    if (expression instanceof dev.ember.plan.resolved.OuterReference reference) {
      // internal names are unique in the statement: DuckDB finds the enclosing query's column by its name alone
      return new SqlColumn(ColumnNames.of(reference.attribute()));
    }
    if (expression instanceof dev.ember.plan.resolved.BoundSubquery subquery) {
      return SubqueryToSql.convert(generator, this, subquery, joinCondition);
    }
    if (expression instanceof dev.ember.plan.resolved.FieldAccess access) {
      return SqlCall.of("struct_extract", convert(access.child()),
          new SqlLiteral(access.fieldName(), AtomicType.STRING));
    }
    if (expression instanceof dev.ember.plan.resolved.ElementAccess access) {
      SqlExpression container = convert(access.child());
      if (access.child().dataType() instanceof dev.ember.plan.types.MapType) {
        // DuckDB's element_at on a map gives a list of the matching values
        return SqlCall.of("list_extract", SqlCall.of("element_at", container, convert(access.key())),
            new SqlLiteral(1, AtomicType.INTEGER));
      }
      return ArrayIndexing.element(container, convert(access.key()), DuckDbTypes.of(access.dataType()));
    }
    if (expression instanceof BoundCast cast) {
      return convertCast(cast);
    }
    if (expression instanceof dev.ember.plan.resolved.WindowCall window) {
      return WindowToSql.convert(window, this);
    }
    if (expression instanceof dev.ember.plan.resolved.LambdaParameter parameter) {
      return new SqlColumn(LambdaRenderers.parameterName(parameter));
    }
    if (expression instanceof dev.ember.plan.resolved.BoundLambda lambda) {
      return new dev.ember.sqlgen.tree.SqlLambda(lambda.parameters().stream().map(LambdaRenderers::parameterName)
          .toList(), convert(lambda.body()));
    }
    if (expression instanceof dev.ember.plan.resolved.Generator generator) {
      throw SparkErrors.internal("a generator outside a select: " + generator.function());
    }
    if (expression instanceof Call call) {
        if (call.function().equals("in") && call.arguments().size() > LongInLists.THRESHOLD) {
          // a long list of constants goes as one value: its elements are never rendered one by one
          var longList = LongInLists.render(call, convert(call.arguments().get(0)));
          if (longList.isPresent()) {
            return longList.get();
          }
        }
        if (call.function().equals("not")) {
          var inward = SubqueryNegations.inward(call);
          if (inward.isPresent()) {
            return convert(inward.get());
          }
        }
        if (call.function().equals("not")
            && call.argument(0) instanceof dev.ember.plan.resolved.BoundSubquery subquery
            && subquery.kind() == dev.ember.plan.expressions.SubqueryExpression.Kind.IN) {
          return SubqueryToSql.notIn(generator, this, subquery, joinCondition);
        }
        List<SqlExpression> arguments = call.arguments().stream().map(this::convert).toList();
        return FunctionRenderers.lookup(call.function())
            .orElseThrow(() -> SparkErrors.internal("no DuckDB rendering for function " + call.function()))
            .render(call, arguments);
      }
    throw new IllegalStateException("unexpected " + expression);

  }

  private static boolean renamesFields(dev.ember.plan.types.StructType from, dev.ember.plan.types.StructType to) {
    return from.fields().size() == to.fields().size() && java.util.stream.IntStream.range(0, from.fields().size())
        .anyMatch(i -> !from.fields().get(i).name().equals(to.fields().get(i).name()));
  }

  /**
   * Spark casts a struct field by field in order, taking the target's names; DuckDB's struct cast matches fields by
   * name. A struct whose names change is rebuilt from its fields, each cast on its own (NULL stays NULL).
   */
  private SqlExpression structByPosition(BoundCast cast, dev.ember.plan.types.StructType from,
      dev.ember.plan.types.StructType to, SqlExpression operand) {
    List<dev.ember.sqlgen.tree.SqlStruct.Field> fields = new java.util.ArrayList<>();
    for (int i = 0; i < from.fields().size(); i++) {
      var source = from.fields().get(i);
      var target = to.fields().get(i);
      BoundExpression field = new dev.ember.plan.resolved.FieldAccess(cast.child(), source.name(), source.dataType(),
          cast.child().nullable() || source.nullable());
      fields.add(new dev.ember.sqlgen.tree.SqlStruct.Field(target.name(),
          convert(new BoundCast(field, target.dataType(), cast.tryCast()))));
    }
    return DatetimeSql.when(dev.ember.sqlgen.tree.SqlOperator.postfix("IS NOT NULL", operand),
        new dev.ember.sqlgen.tree.SqlStruct(fields), new SqlLiteral(null, to));
  }

  private SqlExpression convertCast(BoundCast cast) {
    SqlExpression operand = convert(cast.child());
    // a collation changes how strings compare, not what they hold
    DataType from = dev.ember.plan.types.Collations.withoutCollation(cast.child().dataType());
    DataType to = dev.ember.plan.types.Collations.withoutCollation(cast.dataType());
    if (from.equals(to) && !cast.child().dataType().equals(cast.dataType())) {
      // only the collation changes; a cast to its own type stays (a TIME(p) cast to TIME(p) is cut to p digits)
      return operand;
    }
    var interval = IntervalCasts.render(operand, from, to, cast.tryCast());
    if (interval.isPresent()) {
      return interval.get();
    }
    var bytes = IntegralBinaryCasts.render(operand, from, to);
    if (bytes.isPresent()) {
      return bytes.get();
    }
    var text = TextToIntegralCasts.render(operand, from, to, cast.tryCast());
    if (text.isPresent()) {
      return text.get();
    }
    var time = TimeCasts.render(operand, from, to, cast.tryCast());
    if (time.isPresent()) {
      return time.get();
    }
    if (from instanceof dev.ember.plan.types.SpatialType source && !source.geography()
        && to instanceof dev.ember.plan.types.SpatialType target && target.geography()) {
      return GeospatialRenderers.toGeography(operand, target, cast.tryCast());
    }
    if (from instanceof dev.ember.plan.types.StructType source && to instanceof dev.ember.plan.types.StructType target
        && renamesFields(source, target)) {
      return structByPosition(cast, source, target, operand);
    }
    var datetime = DatetimeCasts.render(operand, from, to, cast.tryCast());
    if (datetime.isPresent()) {
      return datetime.get();
    }
    boolean fractionalToIntegral = (from == AtomicType.FLOAT || from == AtomicType.DOUBLE || from instanceof DecimalType)
        && to instanceof AtomicType atomic && atomic.integral();
    SqlExpression value = operand;
    if (fractionalToIntegral) {
      // Spark truncates towards zero where DuckDB rounds.
      operand = SqlCall.of("trunc", operand);
    }
    if ((from == AtomicType.FLOAT || from == AtomicType.DOUBLE) && to == AtomicType.STRING) {
      return FloatingText.of(operand);
    }
    // DuckDB's casts between VARCHAR and BLOB read and write escapes; Spark's are UTF-8 bytes
    if (from == AtomicType.BINARY && to == AtomicType.STRING) {
      return FileContent.utf8Text(operand);
    }
    if (from == AtomicType.STRING && to == AtomicType.BINARY) {
      return SqlCall.of("encode", operand);
    }
    if (from == AtomicType.DOUBLE && to == AtomicType.FLOAT) {
      return FloatNarrowing.of(operand);
    }
    SqlExpression converted = new SqlCast(operand, DuckDbTypes.of(to), cast.tryCast());
    if ((from == AtomicType.FLOAT || from == AtomicType.DOUBLE) && to instanceof DecimalType) {
      // Spark's decimal of NaN or an infinity is NULL, even under ANSI; DuckDB's cast fails
      converted = DatetimeSql.when(SqlCall.of("isfinite", operand), converted, new SqlLiteral(null, AtomicType.NULL));
    }
    return cast.tryCast() ? converted : CastOverflow.guard(value, operand, from, to, converted).orElse(converted);
  }
}
