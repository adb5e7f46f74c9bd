package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.Join;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.logical.JoinWith;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.ElementAccess;
import dev.ember.plan.resolved.FieldAccess;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code joinWith}, as Spark's {@code typedJoinWith}: an inner join projects each side into one column
 * ({@code _1}, {@code _2}) after joining; an outer join does so before joining, so that a side with no
 * match is one NULL column, not a struct of NULLs, and its condition reads the sides' fields.
 */
final class JoinWithResolver {
  private final Analyzer analyzer;

  JoinWithResolver(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Scope resolve(JoinWith joinWith) {
    Join join = joinWith.join();
    if (join.type().leftOnly()) {
      String type = join.type() == JoinType.LEFT_SEMI ? "LEFT SEMI" : "LEFT ANTI";
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_JOIN_TYPE_FOR_JOINWITH", "42613",
          "Invalid join type in joinWith: " + type + ".", Map.of("joinType", type));
    }
    Scope left = analyzer.resolve(join.left()).visible();
    Scope right = analyzer.resolve(join.right()).visible();
    Optional<BoundExpression> condition = join.condition()
        .map(expression -> new JoinResolver(analyzer).resolveCondition(left, right, expression));
    NamedExpression first = side(left.output(), joinWith.leftStruct(), "_1");
    NamedExpression second = side(right.output(), joinWith.rightStruct(), "_2");
    if (join.type() == JoinType.INNER || join.type() == JoinType.CROSS) {
      JoinRows rows = new JoinRows(left.plan(), right.plan(), join.type(), condition);
      return Scope.of(new Projection(rows, List.of(first, second)));
    }
    Projection leftSide = new Projection(left.plan(), List.of(first));
    Projection rightSide = new Projection(right.plan(), List.of(second));
    Optional<BoundExpression> rewritten = condition.map(expression -> fieldsOf(fieldsOf(expression, left.plan(),
        first, joinWith.leftStruct()), right.plan(), second, joinWith.rightStruct()));
    return Scope.of(new JoinRows(leftSide, rightSide, join.type(), rewritten));
  }

  /** One side as one column: a struct of its columns, or its only column. */
  private NamedExpression side(List<Attribute> columns, boolean struct, String name) {
    if (!struct) {
      Attribute only = columns.get(0);
      return new NamedExpression(new ColumnReference(only), analyzer.newAttribute(name, only.dataType(),
          only.nullable()));
    }
    StructType type = new StructType(columns.stream()
        .map(column -> new StructField(column.name(), column.dataType(), column.nullable())).toList());
    Call value = new Call("struct", columns.stream().<BoundExpression>map(ColumnReference::new).toList(), type, false);
    return new NamedExpression(value, analyzer.newAttribute(name, type, false));
  }

  /** The condition reading {@code side}'s columns from the one column it was projected into. */
  private static BoundExpression fieldsOf(BoundExpression expression, ResolvedPlan side, NamedExpression column,
      boolean struct) {
    if (expression instanceof ColumnReference reference) {
      List<Attribute> output = side.output();
      for (Attribute attribute : output) {
        if (attribute.id() == reference.attribute().id()) {
          ColumnReference projected = new ColumnReference(column.attribute());
          return struct ? new FieldAccess(projected, attribute.name(), attribute.dataType(), attribute.nullable())
              : projected;
        }
      }
      return expression;
    }
    if (expression instanceof Call call) {
      return new Call(call.function(), call.arguments().stream()
          .map(argument -> fieldsOf(argument, side, column, struct)).toList(), call.dataType(), call.nullable());
    }
    if (expression instanceof BoundCast cast) {
      return new BoundCast(fieldsOf(cast.child(), side, column, struct), cast.dataType(), cast.tryCast());
    }
    if (expression instanceof FieldAccess access) {
      return new FieldAccess(fieldsOf(access.child(), side, column, struct), access.fieldName(), access.dataType(),
          access.nullable());
    }
    if (expression instanceof ElementAccess access) {
      return new ElementAccess(fieldsOf(access.child(), side, column, struct), fieldsOf(access.key(), side, column,
          struct), access.dataType());
    }
    return expression;
  }
}
