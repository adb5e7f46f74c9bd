package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.Generator;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.types.VariantType;
import java.util.List;
import java.util.Map;

/**
 * Spark 4's VARIANT functions: parse_json / try_parse_json (Spark's own variant encoding, built in Java),
 * variant_get / try_variant_get (a value at a path, as a variant or cast to a type), is_variant_null and the
 * generators variant_explode / variant_explode_outer.
 */
final class VariantCalls {
  /** The resolved calls that aggregate. */
  static final java.util.Set<String> AGGREGATES = java.util.Set.of("schema_of_variant_agg");

  private VariantCalls() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("parse_json", 1, 1, false, VariantCalls::parseJson, prefix("parse_json")),
        new FunctionDefinition("try_parse_json", 1, 1, false, (pretty, arguments, sql) ->
            new Call("try_parse_json", List.of(InputChecks.string(pretty, arguments, sql, 0)), VariantType.INSTANCE,
                true), prefix("try_parse_json")),
        new FunctionDefinition("variant_get", 2, 3, false, (pretty, arguments, sql) ->
            variantGet(pretty, arguments, sql, false), name("variant_get")),
        new FunctionDefinition("try_variant_get", 2, 3, false, (pretty, arguments, sql) ->
            variantGet(pretty, arguments, sql, true), name("try_variant_get")),
        new FunctionDefinition("schema_of_variant", 1, 1, false, (pretty, arguments, sql) ->
            new Call("schema_of_variant", List.of(variant(pretty, arguments, sql)), AtomicType.STRING,
                arguments.get(0).nullable()), prefix("schema_of_variant")),
        new FunctionDefinition("schema_of_variant_agg", 1, 1, true, (pretty, arguments, sql) ->
            new Call("schema_of_variant_agg", List.of(variant(pretty, arguments, sql)), AtomicType.STRING, false),
            prefix("schema_of_variant_agg")),
        explode("variant_explode", false), explode("variant_explode_outer", true),
        new FunctionDefinition("is_variant_null", 1, 1, false, (pretty, arguments, sql) ->
            new Call("is_variant_null", List.of(variant(pretty, arguments, sql)), AtomicType.BOOLEAN, false),
            prefix("is_variant_null")));
  }

  /** The rows of an array's elements or an object's fields: {@code pos}, {@code key} (NULL for arrays), value. */
  private static final ArrayType ENTRIES = new ArrayType(new StructType(List.of(
      new StructField("pos", AtomicType.INTEGER, false), new StructField("key", AtomicType.STRING, true),
      new StructField("value", VariantType.INSTANCE, false))), false);

  /** variant_explode(_outer): inline of the entries; a scalar or NULL has none (one row of NULLs when outer). */
  private static FunctionDefinition explode(String name, boolean outer) {
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> new Generator("inline",
        new Call("variant_entries", List.of(variant(pretty, arguments, sql)), ENTRIES, true), false, outer),
        prefix(name));
  }

  private static BoundExpression parseJson(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression text = InputChecks.string(pretty, arguments, sql, 0);
    return new Call("parse_json", List.of(text), VariantType.INSTANCE, text.nullable());
  }

  /** {@code variant_get(v, $.a)}: Spark leaves the target type out of the name. */
  private static FunctionDefinition.Namer name(String function) {
    return (names, distinct) -> function + "(" + names.get(0) + ", " + names.get(1) + ")";
  }

  private static BoundExpression variantGet(String pretty, List<BoundExpression> arguments, List<String> sql,
      boolean tolerant) {
    BoundExpression variant = variant(pretty, arguments, sql);
    BoundExpression path = InputChecks.string(pretty, arguments, sql, 1);
    if (!(path instanceof Literal)) {
      throw ConstantArguments.nonFoldable(pretty, "path", AtomicType.STRING, sql.get(1));
    }
    // an invalid path is Spark's INVALID_VARIANT_GET_PATH when a row is read (Java checks it, naming the function)
    Call found = new Call("variant_get", List.of(variant, path, Literal.of(tolerant ? "try_variant_get" : "variant_get")),
        VariantType.INSTANCE, true);
    DataType target = arguments.size() == 3 ? targetType(arguments.get(2)) : VariantType.INSTANCE;
    if (target instanceof VariantType) {
      return found;
    }
    return new Call(tolerant ? "try_variant_cast" : "variant_cast", List.of(found), target, true);
  }

  /** The type to cast to: a type string the front ends parsed into a typed NULL. */
  private static DataType targetType(BoundExpression argument) {
    if (argument instanceof Literal type && type.value() == null && type.dataType() != AtomicType.NULL) {
      if (VariantCasts.castable(type.dataType())) {
        return type.dataType();
      }
    }
    throw SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
        "Cannot call the method \"variant_get\" of the class \"Ember\": the type " + argument.dataType().sql()
            + " is not supported.", Map.of("methodName", "variant_get", "className", "Ember"));
  }

  static BoundExpression variant(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression argument = arguments.get(0);
    if (argument.dataType() == AtomicType.NULL) {
      return new BoundCast(argument, VariantType.INSTANCE, false);
    }
    if (!(argument.dataType() instanceof VariantType)) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), argument.dataType(), "\"VARIANT\"");
    }
    return argument;
  }
}
