package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code a.join(b, "k")}: equality on the named columns, then Spark's using-join output: the key
 * columns once (the left's; the right's for a right join; {@code coalesce(left, right)} for a full
 * join), the rest of the left, the rest of the right. The key columns that are not output stay
 * reachable as hidden columns through {@code a.col("k")} / {@code b.col("k")}.
 */
final class UsingJoinResolver {
  private final Analyzer analyzer;

  UsingJoinResolver(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Scope resolve(Scope left, Scope right, JoinType requested, List<String> names) {
    List<Attribute> leftKeys = new ArrayList<>();
    List<Attribute> rightKeys = new ArrayList<>();
    for (String name : names) {
      leftKeys.add(key(left, name, "left"));
      rightKeys.add(key(right, name, "right"));
    }
    return resolve(left, right, requested, leftKeys, rightKeys);
  }

  /** The join on {@code leftKeys[i] = rightKeys[i]} (at least one pair), with the using-join output. */
  Scope resolve(Scope left, Scope right, JoinType requested, List<Attribute> leftKeys, List<Attribute> rightKeys) {
    JoinType type = requested == JoinType.CROSS ? JoinType.INNER : requested;
    ExpressionResolver both = analyzer.expressions(JoinResolver.bothSides(left, right), false);
    BoundColumn condition = null;
    for (int i = 0; i < leftKeys.size(); i++) {
      BoundColumn equality = both.resolveCall(UnresolvedFunction.of("="),
          List.of(column(leftKeys.get(i)), column(rightKeys.get(i))));
      condition = condition == null ? equality
          : both.resolveCall(UnresolvedFunction.of("and"), List.of(condition, equality));
    }
    JoinRows rows = new JoinRows(left.plan(), right.plan(), type, Optional.of(condition.expression()));
    Scope joined = JoinResolver.joined(left, right, rows);
    return project(joined, type, current(joined, leftKeys), type.leftOnly() ? rightKeys : current(joined, rightKeys));
  }

  private Scope project(Scope joined, JoinType type, List<Attribute> leftKeys, List<Attribute> rightKeys) {
    JoinRows rows = (JoinRows) joined.plan();
    Set<Long> keyIds = new HashSet<>();
    leftKeys.forEach(attribute -> keyIds.add(attribute.id()));
    rightKeys.forEach(attribute -> keyIds.add(attribute.id()));
    List<NamedExpression> visible = new ArrayList<>();
    List<Attribute> hidden = new ArrayList<>();
    if (type == JoinType.FULL_OUTER) {
      ExpressionResolver resolver = analyzer.expressions(joined, false);
      for (int i = 0; i < leftKeys.size(); i++) {
        BoundExpression coalesced = resolver.resolveCall(UnresolvedFunction.of("coalesce"),
            List.of(column(leftKeys.get(i)), column(rightKeys.get(i)))).expression();
        visible.add(new NamedExpression(coalesced,
            analyzer.newAttribute(leftKeys.get(i).name(), coalesced.dataType(), coalesced.nullable())));
      }
      hidden.addAll(leftKeys);
      hidden.addAll(rightKeys);
    } else if (type == JoinType.RIGHT_OUTER) {
      rightKeys.forEach(key -> visible.add(ProjectResolver.passThrough(key)));
      hidden.addAll(leftKeys);
    } else {
      leftKeys.forEach(key -> visible.add(ProjectResolver.passThrough(key)));
      if (!type.leftOnly()) {
        hidden.addAll(rightKeys);
      }
    }
    for (Attribute attribute : rows.output()) {
      if (joined.hiddenIds().contains(attribute.id())) {
        hidden.add(attribute);
      } else if (!keyIds.contains(attribute.id())) {
        visible.add(ProjectResolver.passThrough(attribute));
      }
    }
    List<NamedExpression> columns = new ArrayList<>(visible);
    hidden.forEach(attribute -> columns.add(ProjectResolver.passThrough(attribute)));
    Set<Long> hiddenIds = new HashSet<>();
    hidden.forEach(attribute -> hiddenIds.add(attribute.id()));
    return joined.withPlan(new Projection(rows, columns)).withHidden(hiddenIds);
  }

  private Attribute key(Scope side, String name, String sideName) {
    List<Attribute> matches = analyzer.names().find(List.of(name), side.output());
    if (matches.isEmpty()) {
      String columns = String.join(", ", side.output().stream().map(Attribute::name).sorted()
          .map(SparkErrors::toSqlId).toList());
      throw new EmberException(ErrorKind.ANALYSIS, "UNRESOLVED_USING_COLUMN_FOR_JOIN", "42703",
          "USING column " + SparkErrors.toSqlId(name) + " cannot be resolved on the " + sideName
              + " side of the join. The " + sideName + "-side columns: [" + columns + "].",
          Map.of("colName", SparkErrors.toSqlId(name), "side", sideName, "suggestion", columns));
    }
    if (matches.size() > 1) {
      throw SparkErrors.ambiguousReference(SparkErrors.toSqlId(name),
          matches.stream().map(NameMatcher::quotedWithQualifier).toList());
    }
    return matches.get(0);
  }

  private static List<Attribute> current(Scope joined, List<Attribute> keys) {
    return keys.stream().map(key -> joined.current(key).orElseThrow()).toList();
  }

  private static BoundColumn column(Attribute attribute) {
    return new BoundColumn(new ColumnReference(attribute), attribute.name());
  }
}
