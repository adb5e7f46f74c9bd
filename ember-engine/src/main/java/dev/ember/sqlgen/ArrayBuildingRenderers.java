package dev.ember.sqlgen;

import static dev.ember.sqlgen.CollectionRenderers.nullWhenAnyNull;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
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

/** sequence, array_repeat, shuffle and arrays_zip. */
final class ArrayBuildingRenderers {
  private ArrayBuildingRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("sequence", ArrayBuildingRenderers::sequence);
    renderers.put("array_repeat", (call, args) -> nullWhenAnyNull(call, args.subList(1, 2), new SqlCast(
        SqlCall.of("list_transform", SqlCall.of("range", new SqlCast(args.get(1), "BIGINT", false)),
            new SqlLambda(SqlLet.freshName(), args.get(0))), DuckDbTypes.of(call.dataType()), false)));
    renderers.put("shuffle", ArrayBuildingRenderers::shuffle);
    renderers.put("arrays_zip", ArrayBuildingRenderers::arraysZip);
  }

  /**
   * sequence(start, stop[, step]): the step must lead from start to stop (or be 0 with start = stop),
   * else Spark's failed requirement; dates step one day.
   */
  private static SqlExpression sequence(Call call, List<SqlExpression> args) {
    String type = DuckDbTypes.of(call.dataType());
    SqlExpression start = args.get(0);
    SqlExpression stop = args.get(1);
    SqlExpression ascending = SqlOperator.infix("<=", start, stop);
    if (!(((ArrayType) call.dataType()).elementType() instanceof AtomicType element && element.integral())) {
      SqlExpression day = new SqlCast(new SqlLiteral("1 day", AtomicType.STRING), "INTERVAL", false);
      SqlExpression step = new SqlCase(List.of(new SqlCase.When(ascending, day)), SqlOperator.prefix("-", day));
      return nullWhenAnyNull(call, args, new SqlCast(SqlCall.of("generate_series",
          new SqlCast(start, "TIMESTAMP", false), new SqlCast(stop, "TIMESTAMP", false), step), type, false));
    }
    SqlExpression one = new SqlLiteral(1, AtomicType.INTEGER);
    SqlExpression step = args.size() > 2 ? args.get(2)
        : new SqlCase(List.of(new SqlCase.When(ascending, one)), SqlOperator.prefix("-", one));
    SqlExpression zero = new SqlLiteral(0, AtomicType.INTEGER);
    SqlExpression valid = SqlOperator.infix("OR", SqlOperator.infix("OR",
        SqlOperator.infix("AND", SqlOperator.infix(">", step, zero), ascending),
        SqlOperator.infix("AND", SqlOperator.infix("<", step, zero), SqlOperator.infix(">=", start, stop))),
        SqlOperator.infix("=", start, stop));
    return nullWhenAnyNull(call, args, new SqlCase(List.of(
        new SqlCase.When(SqlOperator.prefix("NOT", valid), CollectionRenderers.raiseWithNumbers(
            RaisedError.SEQUENCE_BOUNDARIES, type, List.of(), start, stop, step)),
        new SqlCase.When(SqlOperator.infix("=", start, stop), new SqlCast(new SqlList(List.of(start)), type, false))),
        new SqlCast(SqlCall.of("generate_series", start, stop, step), type, false)));
  }

  /** Each element paired with random(), sorted by it, then unpaired. */
  /** Each element paired with a draw (of the seed, the row and the element's position when seeded), sorted by it. */
  private static SqlExpression shuffle(Call call, List<SqlExpression> args) {
    String element = SqlLet.freshName();
    String index = SqlLet.freshName();
    String pair = SqlLet.freshName();
    SqlExpression draw = args.size() == 2
        ? SqlCall.of("hash", RowNumbering.ordinal(), args.get(1), new SqlColumn(index)) : SqlCall.of("random");
    SqlExpression paired = SqlCall.of("list_transform", args.get(0), new SqlLambda(List.of(element, index),
        new SqlStruct(List.of(new SqlStruct.Field("r", draw), new SqlStruct.Field("v", new SqlColumn(element))))));
    return SqlCall.of("list_transform", SqlCall.of("list_sort", paired), new SqlLambda(pair,
        SqlCall.of("struct_extract", new SqlColumn(pair), new SqlLiteral("v", AtomicType.STRING))));
  }

  /** list_zip pads the shorter lists with NULLs; its unnamed pairs get Spark's field names. */
  private static SqlExpression arraysZip(Call call, List<SqlExpression> args) {
    String type = DuckDbTypes.of(call.dataType());
    if (args.isEmpty()) {
      return new SqlCast(new SqlList(List.of()), type, false);
    }
    StructType struct = (StructType) ((ArrayType) call.dataType()).elementType();
    String zipped = SqlLet.freshName();
    List<SqlStruct.Field> fields = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      fields.add(new SqlStruct.Field(struct.fields().get(i).name(), SqlCall.of("struct_extract", new SqlColumn(zipped),
          new SqlLiteral(i + 1, AtomicType.INTEGER))));
    }
    return nullWhenAnyNull(call, args, new SqlCast(SqlCall.of("list_transform", new SqlCall("list_zip", args, false),
        new SqlLambda(zipped, new SqlStruct(fields))), type, false));
  }
}
