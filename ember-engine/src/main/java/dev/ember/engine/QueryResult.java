package dev.ember.engine;

import dev.ember.plan.types.StructType;
import java.util.List;

/**
 * A materialized result: the Spark schema and the rows, each value as in
 * {@link dev.ember.plan.expressions.Literal} (arrays as {@code List}, maps as {@code Map},
 * structs as {@code List} of field values).
 */
public record QueryResult(StructType schema, List<Object[]> rows) {
  public QueryResult {
    rows = List.copyOf(rows);
  }
}
