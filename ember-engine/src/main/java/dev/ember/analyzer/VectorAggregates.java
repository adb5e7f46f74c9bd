package dev.ember.analyzer;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import java.util.List;
import java.util.Set;

/**
 * Spark 4.2's vector_sum and vector_avg: the element-wise sum or running mean of a group's ARRAY&lt;FLOAT&gt;
 * values (no implicit casts), in float arithmetic and input order as Spark updates its buffer; vectors holding a
 * NULL are skipped; ARRAY&lt;FLOAT&gt; without NULL elements, NULL for a group without vectors.
 */
final class VectorAggregates {
  static final Set<String> AGGREGATES = Set.of("vector_sum", "vector_avg");

  private VectorAggregates() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(aggregate("vector_sum"), aggregate("vector_avg"));
  }

  private static FunctionDefinition aggregate(String name) {
    return new FunctionDefinition(name, 1, 1, true, (pretty, arguments, sql) -> {
      if (!(arguments.get(0).dataType() instanceof ArrayType array) || array.elementType() != AtomicType.FLOAT) {
        throw InputChecks.unexpectedType(pretty, 0, sql.get(0), arguments.get(0).dataType(), "\"ARRAY<FLOAT>\"");
      }
      return new Call(name, arguments, new ArrayType(AtomicType.FLOAT, false), true);
    }, FunctionDefinition.prefix(name));
  }
}
