package dev.ember.connect;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code from_json(e, schema[, options])} and {@code from_csv(...)}: the client sends the schema as a string (Spark's JSON
 * form, or DDL); it is parsed here with Spark's own parser and passed on as a typed NULL literal,
 * whose type the analyzer reads.
 */
final class JsonSchemaArgument {
  private JsonSchemaArgument() {
  }

  static Expression withSchema(String function, List<Expression> arguments) {
    List<Expression> translated = new ArrayList<>(arguments);
    if (translated.size() >= 2 && translated.get(1) instanceof Literal literal
        && literal.dataType() == AtomicType.STRING && literal.value() != null) {
      translated.set(1, Literal.nullOf(schema((String) literal.value())));
    }
    return new UnresolvedFunction(function, translated, false);
  }

  /** A DDL column list ({@code a INT, b STRING}), a type ({@code STRUCT<a: INT>}) or Spark's JSON form. */
  private static dev.ember.plan.types.DataType schema(String text) {
    if (text.trim().startsWith("{")) {
      return DataTypes.parseSchema(text);
    }
    try {
      return SparkTypes.fromSpark(org.apache.spark.sql.types.DataType.fromDDL(text));
    } catch (Exception e) { // Spark's ParseException is checked but undeclared
      return DataTypes.parseSchema(text);
    }
  }
}
