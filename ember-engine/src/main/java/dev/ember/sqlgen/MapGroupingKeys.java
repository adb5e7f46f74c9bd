package dev.ember.sqlgen;

import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Optional;

/**
 * Grouping by maps, as Spark's InsertMapSortInGroupingExpressions: a key whose type holds a map (at any depth) is
 * grouped by its maps' entries sorted by key ({@link #MAP_SORT}), so maps of the same entries in another order are
 * one group, and the select list shows the sorted maps. Applied as the aggregation is written as SQL, so that the
 * analyzer's HAVING and ORDER BY still find the keys as written.
 */
final class MapGroupingKeys {
  /** The call that sorts every map of its argument by key (rendered by the SQL generator). */
  static final String MAP_SORT = "map_sort";

  private MapGroupingKeys() {
  }

  static Aggregation sorted(Aggregation aggregation) {
    if (aggregation.groupings().stream().noneMatch(key -> holdsMap(key.dataType()))
        || aggregation.columns().stream().anyMatch(column -> BoundExpressions.anyMatch(column.expression(),
            part -> part instanceof dev.ember.plan.resolved.BoundSubquery))) {
      // a subquery reading a key (HAVING (SELECT m[0] = 1)) keeps the keys as they are: maps group by entry order
      return aggregation;
    }
    List<BoundExpression> groupings = aggregation.groupings().stream().map(MapGroupingKeys::sortedKey).toList();
    List<NamedExpression> columns = aggregation.columns().stream().map(column -> new NamedExpression(
        BoundExpressions.replace(column.expression(), part -> aggregation.groupings().contains(part)
            && holdsMap(part.dataType()) ? Optional.of(sortedKey(part)) : Optional.empty()), column.attribute()))
        .toList();
    return new Aggregation(aggregation.input(), aggregation.kind(), groupings, aggregation.groupingSets(), columns);
  }

  private static BoundExpression sortedKey(BoundExpression key) {
    return holdsMap(key.dataType()) ? new Call(MAP_SORT, List.of(key), key.dataType(), key.nullable()) : key;
  }

  static boolean holdsMap(DataType type) {
    if (type instanceof MapType) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return holdsMap(array.elementType());
    }
    return type instanceof StructType struct && struct.fields().stream().anyMatch(field -> holdsMap(field.dataType()));
  }
}
