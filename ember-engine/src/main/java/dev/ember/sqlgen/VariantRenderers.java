package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.VariantType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlStruct;
import java.util.List;
import java.util.Map;

/**
 * VARIANT functions on the Java functions that use Spark's variant library. A variant is the DuckDB struct
 * {@code {value: BLOB, metadata: BLOB}}; it travels to and from Java as hex text, {@code value:metadata}.
 */
final class VariantRenderers {
  private static final String SEPARATOR = ":";
  /** ember_variant_entries's separators of entries and of an entry's fields. */
  private static final String ENTRY_SEPARATOR = "\u001E";
  private static final String FIELD_SEPARATOR = "\u001F";

  private VariantRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("parse_json", (call, args) -> fromText(SqlCall.of("ember_parse_json", args.get(0),
        new SqlLiteral(true, AtomicType.BOOLEAN))));
    renderers.put("try_parse_json", (call, args) -> fromText(SqlCall.of("ember_parse_json", args.get(0),
        new SqlLiteral(false, AtomicType.BOOLEAN))));
    renderers.put("variant_get", (call, args) -> fromText(SqlCall.of("ember_variant_get", asText(args.get(0)),
        args.get(1), args.get(2))));
    renderers.put("variant_cast", (call, args) -> cast(call.dataType(), args.get(0), true));
    renderers.put("to_variant", (call, args) -> {
      String kind = (String) ((dev.ember.plan.expressions.Literal) call.arguments().get(1)).value();
      return fromText(SqlCall.of("ember_to_variant", valueText(args.get(0), kind), args.get(1)));
    });
    renderers.put("try_variant_cast", (call, args) -> cast(call.dataType(), args.get(0), false));
    renderers.put("schema_of_variant", (call, args) -> SqlCall.of("ember_schema_of_variant", asText(args.get(0))));
    renderers.put("schema_of_variant_agg", (call, args) -> SqlCall.of("ember_schema_of_variant_agg",
        SqlCall.of("string_agg", asText(args.get(0)), new SqlLiteral(",", AtomicType.STRING))));
    renderers.put("variant_entries", (call, args) -> entries(call.dataType(), args.get(0)));
    renderers.put("is_variant_null", (call, args) -> SqlCall.of("coalesce",
        SqlCall.of("ember_is_variant_null", asText(args.get(0))), new SqlLiteral(false, AtomicType.BOOLEAN)));
  }

  /** to_json of a variant: its JSON text. */
  static SqlExpression toJson(SqlExpression variant) {
    return SqlCall.of("ember_variant_to_json", asText(variant));
  }

  private static SqlExpression cast(dev.ember.plan.types.DataType type, SqlExpression variant, boolean failOnError) {
    SqlExpression text = SqlCall.of("ember_variant_cast", asText(variant), new SqlLiteral(type.sql(), AtomicType.STRING),
        new SqlLiteral(failOnError, AtomicType.BOOLEAN));
    if (type instanceof dev.ember.plan.types.ArrayType) {
      return new SqlCast(new SqlCast(text, "JSON", false), DuckDbTypes.of(type), false);
    }
    return type == AtomicType.STRING ? text : new SqlCast(text, DuckDbTypes.of(type), false);
  }

  /**
   * An atomic value as ember_to_variant reads it: binary as hex, a date as days and a timestamp as microseconds
   * since the epoch, anything else as DuckDB writes it (numbers in their shortest exact form, decimals with their
   * scale).
   */
  private static SqlExpression valueText(SqlExpression value, String kind) {
    SqlExpression text = switch (kind) {
      case "binary" -> SqlCall.of("hex", value);
      case "date" -> SqlCall.of("date_diff", new SqlLiteral("day", AtomicType.STRING),
          new SqlCast(new SqlLiteral("1970-01-01", AtomicType.STRING), "DATE", false), value);
      case "timestamp", "timestamp_ntz" -> SqlCall.of("epoch_us", value);
      default -> value;
    };
    return new SqlCast(text, "VARCHAR", false);
  }

  /** {@code hex(value) || ':' || hex(metadata)}, NULL for a NULL variant. */
  private static SqlExpression asText(SqlExpression variant) {
    return SqlLet.bind(variant, bound -> SqlOperator.infix("||", SqlOperator.infix("||",
        SqlCall.of("hex", SqlCall.of("struct_extract", bound, new SqlLiteral("value", AtomicType.STRING))),
        new SqlLiteral(SEPARATOR, AtomicType.STRING)),
        SqlCall.of("hex", SqlCall.of("struct_extract", bound, new SqlLiteral("metadata", AtomicType.STRING)))));
  }

  /** The variant of hex text from Java, NULL for NULL. */
  private static SqlExpression fromText(SqlExpression text) {
    return SqlLet.bind(text, bound -> new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", bound),
        new SqlCast(new SqlLiteral(null, AtomicType.NULL), DuckDbTypes.of(VariantType.INSTANCE), false))),
        new SqlCast(new SqlStruct(List.of(
            new SqlStruct.Field("value", SqlCall.of("unhex", part(bound, 1))),
            new SqlStruct.Field("metadata", SqlCall.of("unhex", part(bound, 2))))),
            DuckDbTypes.of(VariantType.INSTANCE), false)));
  }

  /** The entries' text from Java as a list of {@code {pos, key, value}} structs (ember_variant_entries's format). */
  private static SqlExpression entries(dev.ember.plan.types.DataType type, SqlExpression variant) {
    String entry = SqlLet.freshName();
    SqlExpression field = new SqlColumn(entry);
    SqlExpression key = fieldOf(field, 2);
    SqlExpression struct = new SqlStruct(List.of(
        new SqlStruct.Field("pos", new SqlCast(fieldOf(field, 1), "INTEGER", false)),
        new SqlStruct.Field("key", new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", key,
            new SqlLiteral("", AtomicType.STRING)), new SqlLiteral(null, AtomicType.STRING))),
            SqlCall.of("decode", SqlCall.of("unhex", SqlCall.of("substr", key, new SqlLiteral(2, AtomicType.INTEGER)))))),
        new SqlStruct.Field("value", fromText(fieldOf(field, 3)))));
    SqlExpression list = SqlCall.of("list_transform", SqlCall.of("string_split",
        SqlCall.of("ember_variant_entries", asText(variant)), new SqlLiteral(ENTRY_SEPARATOR, AtomicType.STRING)),
        new SqlLambda(entry, struct));
    return new SqlCast(list, DuckDbTypes.of(type), false);
  }

  private static SqlExpression fieldOf(SqlExpression entry, int index) {
    return SqlCall.of("split_part", entry, new SqlLiteral(FIELD_SEPARATOR, AtomicType.STRING),
        new SqlLiteral(index, AtomicType.INTEGER));
  }

  private static SqlExpression part(SqlExpression text, int index) {
    return SqlCall.of("split_part", text, new SqlLiteral(SEPARATOR, AtomicType.STRING),
        new SqlLiteral(index, AtomicType.INTEGER));
  }
}
