package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlStruct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Array, map and struct constructors and accessors in DuckDB, with Spark's NULL and error semantics. */
final class CollectionRenderers {
  private CollectionRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("array", (call, args) -> new SqlCast(new SqlList(args), DuckDbTypes.of(call.dataType()), false));
    renderers.put("struct", CollectionRenderers::struct);
    renderers.put("map", MapConstruction::render);
    renderers.put("array_contains", CollectionRenderers::arrayContains);
    renderers.put("element_at", CollectionRenderers::elementAt);
    renderers.put("element_at_map", (call, args) -> SqlCall.of("list_extract",
        SqlCall.of("element_at", args.get(0), args.get(1)), integer(1)));
    renderers.put("array_distinct", (call, args) -> SqlCall.of("list_filter", args.get(0),
        new SqlLambda(List.of("e#", "i#"), SqlOperator.infix("=",
            SqlCall.of("list_position", args.get(0), new SqlColumn("e#")), new SqlColumn("i#")))));
    renderers.put("array_max", (call, args) -> SqlCall.of("list_max", args.get(0)));
    renderers.put("array_min", (call, args) -> SqlCall.of("list_min", args.get(0)));
    renderers.put("map_keys", (call, args) -> SqlCall.of("map_keys", args.get(0)));
    renderers.put("map_values", (call, args) -> SqlCall.of("map_values", args.get(0)));
    renderers.put("slice", CollectionRenderers::slice);
    renderers.put("flatten", (call, args) -> new SqlCase(List.of(new SqlCase.When(
        SqlOperator.postfix("IS NOT NULL", SqlCall.of("list_position", args.get(0), new SqlLiteral(null,
            ((dev.ember.plan.types.ArrayType) call.argument(0).dataType()).elementType()))),
        new SqlCast(new SqlLiteral(null, AtomicType.NULL), DuckDbTypes.of(call.dataType()), false))),
        SqlCall.of("flatten", args.get(0))));
    renderers.put("array_join", CollectionRenderers::arrayJoin);
    renderers.put("concat_arrays", (call, args) -> nullWhenAnyNull(call, args,
        new SqlCall("list_concat", args, false)));
    ArrayRenderers.register(renderers);
    ArraySetRenderers.register(renderers);
    ArrayBuildingRenderers.register(renderers);
    MapRenderers.register(renderers);
  }

  /** {@code result}, or NULL of the call's type when any of {@code inputs} is NULL (DuckDB reads a NULL list as empty). */
  static SqlExpression nullWhenAnyNull(Call call, List<SqlExpression> inputs, SqlExpression result) {
    SqlExpression anyNull = inputs.stream().<SqlExpression>map(input -> SqlOperator.postfix("IS NULL", input))
        .reduce((left, right) -> SqlOperator.infix("OR", left, right)).orElseThrow();
    return new SqlCase(List.of(new SqlCase.When(anyNull, typedNull(DuckDbTypes.of(call.dataType())))), result);
  }

  static SqlExpression typedNull(String duckDbType) {
    return new SqlCast(new SqlLiteral(null, AtomicType.NULL), duckDbType, false);
  }

  private static SqlExpression struct(Call call, List<SqlExpression> args) {
    StructType type = (StructType) call.dataType();
    List<String> names = DuckDbTypes.fieldNames(type);
    List<SqlStruct.Field> fields = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      fields.add(new SqlStruct.Field(names.get(i), args.get(i)));
    }
    return new SqlCast(new SqlStruct(fields), DuckDbTypes.of(type), false);
  }

  /** True if found; else NULL if the array holds a NULL; else false (NULL for a NULL array or value). */
  private static SqlExpression arrayContains(Call call, List<SqlExpression> args) {
    SqlExpression array = args.get(0);
    SqlExpression value = args.get(1);
    SqlExpression nullBoolean = new SqlLiteral(null, AtomicType.BOOLEAN);
    return new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix("OR", SqlOperator.postfix("IS NULL", array),
            SqlOperator.postfix("IS NULL", value)), nullBoolean),
        new SqlCase.When(SqlCall.of("list_contains", array, value), new SqlLiteral(true, AtomicType.BOOLEAN)),
        new SqlCase.When(SqlOperator.postfix("IS NOT NULL", SqlCall.of("list_position", array,
            new SqlLiteral(null, ((dev.ember.plan.types.ArrayType) call.argument(0).dataType()).elementType()))),
            nullBoolean)),
        new SqlLiteral(false, AtomicType.BOOLEAN));
  }

  /** 1-based, negative from the end; 0 and out-of-bounds indexes fail as in Spark (ANSI). */
  private static SqlExpression elementAt(Call call, List<SqlExpression> args) {
    SqlExpression array = args.get(0);
    SqlExpression index = args.get(1);
    SqlExpression size = SqlCall.of("len", array);
    String type = DuckDbTypes.of(call.dataType());
    return new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix("AND", SqlOperator.infix("=", index, integer(0)),
            SqlOperator.postfix("IS NOT NULL", array)), FunctionRenderers.raise(RaisedError.INVALID_INDEX_OF_ZERO, type)),
        new SqlCase.When(SqlOperator.infix(">", SqlCall.of("abs", index), size),
            raiseWithNumbers(RaisedError.INVALID_ARRAY_INDEX_IN_ELEMENT_AT, type, List.of(), index, size))),
        SqlCall.of("list_extract", array, index));
  }

  /** slice(array, start, length): start 1-based or negative from the end; 0 and negative lengths fail. */
  private static SqlExpression slice(Call call, List<SqlExpression> args) {
    SqlExpression array = args.get(0);
    SqlExpression start = new SqlCast(args.get(1), "BIGINT", false);
    SqlExpression length = args.get(2);
    String type = DuckDbTypes.of(call.dataType());
    SqlExpression size = SqlCall.of("len", array);
    SqlExpression from = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", start, integer(0)),
        SqlOperator.infix("+", start, size))), SqlOperator.infix("-", start, integer(1)));
    return new SqlCase(List.of(
        new SqlCase.When(SqlOperator.postfix("IS NULL", array), new SqlCast(new SqlLiteral(null, AtomicType.NULL), type, false)),
        new SqlCase.When(SqlOperator.infix("=", start, integer(0)),
            FunctionRenderers.raise(RaisedError.INVALID_START_OF_ZERO, type, "slice")),
        new SqlCase.When(SqlOperator.infix("<", length, integer(0)),
            raiseWithNumbers(RaisedError.NEGATIVE_LENGTH, type, List.of("slice"), length)),
        new SqlCase.When(SqlOperator.infix("OR", SqlOperator.infix("<", from, integer(0)),
            SqlOperator.infix(">=", from, size)), new SqlCast(new SqlList(List.of()), type, false))),
        SqlCall.of("list_slice", array, SqlOperator.infix("+", from, integer(1)), SqlOperator.infix("+", from, length)));
  }

  private static SqlExpression arrayJoin(Call call, List<SqlExpression> args) {
    SqlExpression array = args.get(0);
    if (args.size() == 3) {
      array = new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", args.get(2)),
          new SqlCast(new SqlLiteral(null, AtomicType.NULL), "VARCHAR[]", false))),
          SqlCall.of("list_transform", array, new SqlLambda("e#", SqlCall.of("coalesce", new SqlColumn("e#"), args.get(2)))));
    }
    return SqlCall.of("array_to_string", array, args.get(1));
  }

  /** {@code error(marker|n1|n2...)} with numbers computed at run time. */
  static SqlExpression raiseWithNumbers(RaisedError error, String type, List<String> arguments,
      SqlExpression... numbers) {
    List<SqlExpression> parts = new ArrayList<>();
    parts.add(new SqlLiteral(error.marker(arguments.toArray(String[]::new)), AtomicType.STRING));
    for (SqlExpression number : numbers) {
      parts.add(new SqlLiteral(RaisedError.ARGUMENT_SEPARATOR, AtomicType.STRING));
      parts.add(number);
    }
    return new SqlCast(SqlCall.of("error", new SqlCall("concat", parts, false)), type, false);
  }

  static SqlLiteral integer(int value) {
    return new SqlLiteral(value, AtomicType.INTEGER);
  }
}
