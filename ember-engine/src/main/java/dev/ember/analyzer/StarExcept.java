package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.ColumnReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SQL's {@code * EXCEPT (a, b)} / {@code t.* EXCEPT (...)}: the star's columns without the named ones, each of which
 * must be a column (UNRESOLVED_COLUMN) named once (EXCEPT_OVERLAPPING_COLUMNS). Leaving out a nested field
 * ({@code * EXCEPT (s.f)}) is not built yet.
 */
final class StarExcept {
  private StarExcept() {
  }

  static List<Attribute> expand(ExpressionResolver resolver, UnresolvedStar star) {
    List<Attribute> columns = resolver.expandStar(star);
    if (star.except().isEmpty()) {
      return columns;
    }
    Set<Long> excluded = new HashSet<>();
    List<Long> named = new ArrayList<>();
    for (List<String> name : star.except()) {
      BoundColumn bound = resolver.resolve(new UnresolvedAttribute(name, OptionalLong.empty()));
      if (!(bound.expression() instanceof ColumnReference reference)) {
        throw SparkErrors.unsupportedCall("* EXCEPT of the nested field " + String.join(".", name), "SQL",
            "Ember does not support it yet.");
      }
      named.add(reference.attribute().id());
      excluded.add(reference.attribute().id());
    }
    if (excluded.size() != named.size()) {
      String list = star.except().stream().map(name -> String.join(".", name)).collect(Collectors.joining(", "));
      throw new EmberException(ErrorKind.ANALYSIS, "EXCEPT_OVERLAPPING_COLUMNS", "42702",
          "Columns in an EXCEPT list must be distinct and non-overlapping, but got (" + list + ").",
          Map.of("columns", list));
    }
    return columns.stream().filter(column -> !excluded.contains(column.id())).toList();
  }
}
