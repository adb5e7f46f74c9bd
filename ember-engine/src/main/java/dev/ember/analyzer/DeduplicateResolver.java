package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.Deduplicate;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.DistinctRows;
import dev.ember.plan.resolved.FirstRowPerKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code distinct()}/{@code dropDuplicates()} over every column, or {@code dropDuplicates(names)}:
 * each name selects every column it matches, as Spark's Dataset.dropDuplicates does.
 */
final class DeduplicateResolver {
  private DeduplicateResolver() {
  }

  static Scope resolve(Analyzer analyzer, Scope input, Deduplicate deduplicate) {
    Scope visible = input.visible();
    if (deduplicate.allColumnsAreKeys()) {
      return visible.withSameColumns(new DistinctRows(visible.plan()));
    }
    Map<Long, Attribute> keys = new LinkedHashMap<>();
    for (String name : deduplicate.keyNames()) {
      List<Attribute> matches = new ArrayList<>();
      visible.output().stream().filter(attribute -> analyzer.names().same(attribute.name(), name))
          .forEach(matches::add);
      if (matches.isEmpty()) {
        String fieldNames = String.join(", ", visible.output().stream().map(Attribute::name).toList());
        throw new EmberException(ErrorKind.ANALYSIS, "UNRESOLVED_COLUMN_AMONG_FIELD_NAMES", "42703",
            "Cannot resolve column name \"" + name + "\" among (" + fieldNames + ").",
            Map.of("colName", name, "fieldNames", fieldNames));
      }
      matches.forEach(attribute -> keys.put(attribute.id(), attribute));
    }
    return visible.withSameColumns(new FirstRowPerKey(visible.plan(), List.copyOf(keys.values())));
  }
}
