package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.parser.ParseException;

/**
 * The schema argument of {@code from_json(s, 'a INT, b STRING')}, {@code from_csv} and {@code from_xml}, and the
 * type of {@code variant_get(v, '$.a', 'int')}: a DDL string that Spark parses when it analyzes the call. It becomes a typed NULL literal whose type the analyzer
 * reads, as the Connect front end passes a client's schema; a bad schema is Spark's parse error.
 */
final class SqlSchemaArguments {
  /** The functions that take a type string, and where. */
  private static final Map<String, Integer> SCHEMA_POSITION = Map.of("from_json", 1, "from_csv", 1, "from_xml", 1,
      "variant_get", 2, "try_variant_get", 2);

  private SqlSchemaArguments() {
  }

  /** Replaces, in place, a constant string schema of a call that takes one by its parsed type. */
  static void parse(ExpressionBuilder builder, String function, List<Expression> arguments) {
    Integer position = SCHEMA_POSITION.get(function);
    if (position != null && arguments.size() > position && arguments.get(position) instanceof Literal literal
        && literal.dataType() == AtomicType.STRING && literal.value() instanceof String schema) {
      DataType type = schema(builder, schema);
      if (position == 1 && dev.ember.plan.types.CharVarcharType.occursIn(type)) {
        // from_json, from_csv, from_xml: Spark's failIfHasCharVarchar
        throw dev.ember.plan.errors.SparkErrors.charVarcharAsStringUnsupported();
      }
      arguments.set(position, Literal.nullOf(dev.ember.plan.types.CharVarcharType.asString(type)));
    }
  }

  /** Spark parses the schema when it analyzes the call: a bad one is its parse error, raised as an analysis error. */
  private static DataType schema(ExpressionBuilder builder, String schema) {
    try {
      return builder.declaredType(schema);
    } catch (Exception e) { // Spark's ParseException is a checked exception that Scala does not declare
      if (e instanceof ParseException parse) {
        throw EmberException.withFullMessage(ErrorKind.ANALYSIS, parse.getCondition(), parse.getSqlState(),
            parse.getMessage(), parse.getMessageParameters());
      }
      throw e;
    }
  }
}
