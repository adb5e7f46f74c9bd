package dev.ember.connect;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code from_json(e, schema[, options])}, {@code from_csv(...)} and {@code variant_get(v, path, type)}: the client sends the schema as a string (Spark's JSON
 * form, or DDL); it is parsed here with Spark's own parser and passed on as a typed NULL literal,
 * whose type the analyzer reads.
 */
final class JsonSchemaArgument {
  private JsonSchemaArgument() {
  }

  /** The functions that take a schema or type string, and where (variant_get's target type is its third). */
  private static final java.util.Map<String, Integer> SCHEMA_POSITION = java.util.Map.of("from_json", 1,
      "from_csv", 1, "variant_get", 2, "try_variant_get", 2);

  static boolean takesSchema(String function) {
    return SCHEMA_POSITION.containsKey(function);
  }

  static Expression withSchema(String function, List<Expression> arguments) {
    List<Expression> translated = new ArrayList<>(arguments);
    int position = SCHEMA_POSITION.get(function);
    if (translated.size() > position && translated.get(position) instanceof Literal literal
        && literal.dataType() == AtomicType.STRING && literal.value() != null) {
      dev.ember.plan.types.DataType type = schema((String) literal.value());
      if (position == 1 && dev.ember.plan.types.CharVarcharType.occursIn(type)) {
        // from_json, from_csv: Spark's failIfHasCharVarchar
        throw dev.ember.plan.errors.SparkErrors.charVarcharAsStringUnsupported();
      }
      translated.set(position, Literal.nullOf(dev.ember.plan.types.CharVarcharType.asString(type)));
    }
    return new UnresolvedFunction(function, translated, false);
  }

  /** A DDL column list ({@code a INT, b STRING}), a type ({@code STRUCT<a: INT>}) or Spark's JSON form. */
  private static dev.ember.plan.types.DataType schema(String text) {
    if (text.trim().startsWith("{")) {
      return DataTypes.parseSchema(text);
    }
    try {
      return SparkTypes.declared(org.apache.spark.sql.types.DataType.fromDDL(text));
    } catch (Exception e) { // Spark's ParseException is checked but undeclared
      return DataTypes.parseSchema(text);
    }
  }
}
