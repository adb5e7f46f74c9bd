package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;

/**
 * Spark 4.2's vector functions on ARRAY&lt;FLOAT&gt; (no implicit casts): vector_cosine_similarity,
 * vector_inner_product, vector_l2_distance (two vectors of one dimension) and vector_norm / vector_normalize
 * (a FLOAT degree of 1, 2 or infinity, 2 when omitted, and named so). Computed by the Java functions
 * {@code ember_vector*} as Spark computes them; always nullable.
 */
final class VectorFunctions {
  private static final ArrayType FLOAT_VECTOR = new ArrayType(AtomicType.FLOAT, true);

  private VectorFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(pair("vector_cosine_similarity"), pair("vector_inner_product"), pair("vector_l2_distance"),
        withDegree("vector_norm", AtomicType.FLOAT), withDegree("vector_normalize", FLOAT_VECTOR));
  }

  private static FunctionDefinition pair(String name) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      vector(pretty, arguments, sql, 0);
      vector(pretty, arguments, sql, 1);
      return new Call("vector", List.of(Literal.of(name), arguments.get(0), arguments.get(1), new Literal(2.0f, AtomicType.FLOAT)),
          AtomicType.FLOAT, true);
    }, FunctionDefinition.prefix(name));
  }

  private static FunctionDefinition withDegree(String name, dev.ember.plan.types.DataType result) {
    return new FunctionDefinition(name, 1, 2, false, (pretty, arguments, sql) -> {
      vector(pretty, arguments, sql, 0);
      BoundExpression degree = arguments.size() > 1 ? arguments.get(1) : new Literal(2.0f, AtomicType.FLOAT);
      if (degree.dataType() != AtomicType.FLOAT) {
        throw InputChecks.unexpectedType(pretty, 1, sql.get(1), degree.dataType(), "\"FLOAT\"");
      }
      return new Call(name.equals("vector_norm") ? "vector" : "vector_normalize", List.of(Literal.of(name),
          arguments.get(0), Literal.nullOf(FLOAT_VECTOR), degree), result, true);
    }, (names, distinct) -> {
      List<String> shown = new ArrayList<>(names);
      if (shown.size() == 1) {
        shown.add("2.0");
      }
      return name + "(" + String.join(", ", shown) + ")";
    });
  }

  private static void vector(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    if (!(arguments.get(index).dataType() instanceof ArrayType array) || array.elementType() != AtomicType.FLOAT) {
      throw InputChecks.unexpectedType(pretty, index, sql.get(index), arguments.get(index).dataType(),
          "\"ARRAY<FLOAT>\"");
    }
  }
}
