package dev.ember.plan.logical;

import dev.ember.plan.types.StructType;
import java.util.Map;
import java.util.Optional;

/**
 * {@code spark.read().json(Dataset<String>)} / {@code csv(Dataset<String>)}: each string of the input's
 * single column is a record of {@code format}, parsed with the reader's {@code options} (keys in lower
 * case) into the given or inferred {@code schema}.
 */
public record ParseStrings(LogicalPlan input, String format, Map<String, String> options, Optional<StructType> schema)
    implements LogicalPlan {
  public ParseStrings {
    options = Map.copyOf(options);
  }
}
