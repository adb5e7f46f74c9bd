package dev.ember.analyzer;

import dev.ember.plan.logical.NaturalJoin;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.JoinRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code NATURAL JOIN}: as Spark's, the join names are the left's column names that the right also has (a multiset
 * intersection, names compared case-insensitively, in the left's order); each name is the first column of that name
 * on each side. The join is then a using join on those columns, or a join without condition when there are none.
 */
final class NaturalJoinResolver {
  private NaturalJoinResolver() {
  }

  static Scope resolve(Analyzer analyzer, NaturalJoin join) {
    Scope left = analyzer.resolve(join.left());
    Scope right = analyzer.resolve(join.right());
    Map<String, Integer> rightNames = new HashMap<>();
    right.output().forEach(attribute -> rightNames.merge(key(attribute.name()), 1, Integer::sum));
    List<Attribute> leftKeys = new ArrayList<>();
    List<Attribute> rightKeys = new ArrayList<>();
    for (Attribute attribute : left.output()) {
      String name = key(attribute.name());
      if (rightNames.getOrDefault(name, 0) > 0) {
        rightNames.merge(name, -1, Integer::sum);
        leftKeys.add(first(left, name));
        rightKeys.add(first(right, name));
      }
    }
    if (leftKeys.isEmpty()) {
      return JoinResolver.joined(left, right, new JoinRows(left.plan(), right.plan(), join.type(), Optional.empty()));
    }
    return new UsingJoinResolver(analyzer).resolve(left, right, join.type(), leftKeys, rightKeys);
  }

  private static Attribute first(Scope side, String name) {
    return side.output().stream().filter(attribute -> key(attribute.name()).equals(name)).findFirst().orElseThrow();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
