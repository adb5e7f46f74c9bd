package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.Generator;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * stack(n, v1, ..., vk): n rows of ceil(k / n) columns col0, col1, ..., the values filling them row by
 * row and NULL after the last. Planned as inline of an array of n structs. As in Spark, n is a constant
 * INT, a column's values share one type exactly (only NULL literals take the column's type).
 */
final class StackFunction {
  private StackFunction() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(new FunctionDefinition("stack", 2, FunctionDefinition.VARIADIC, false, StackFunction::stack,
        prefix("stack")));
  }

  private static BoundExpression stack(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression count = arguments.get(0);
    if (count.dataType() != AtomicType.INTEGER) {
      // Spark shows a string literal here without its quotes
      throw InputChecks.unexpectedType(pretty, 0, InputChecks.unquoted(sql.get(0)), count.dataType(), "\"INT\"");
    }
    boolean nullCount = count instanceof dev.ember.plan.resolved.BoundCast cast && cast.child() instanceof Literal constant
        && constant.value() == null;
    if (!(count instanceof Literal) && !nullCount) {
      throw SparkErrors.dataTypeMismatch("NON_FOLDABLE_INPUT", "\"" + pretty + "\"",
          "the input `n` should be a foldable \"INT\" expression; however, got \"" + sql.get(0) + "\".",
          Map.of("inputName", "`n`", "inputType", "\"INT\"", "inputExpr", "\"" + sql.get(0) + "\""));
    }
    int rows = nullCount || ((Literal) count).value() == null ? 0 : (Integer) ((Literal) count).value();
    if (rows < 1) {
      throw SparkErrors.dataTypeMismatch("VALUE_OUT_OF_RANGE", "\"" + pretty + "\"",
          "The `n` must be between (0, 2147483647] (current value = " + rows + ").",
          Map.of("exprName", "`n`", "valueRange", "(0, 2147483647]", "currentValue", Integer.toString(rows)));
    }
    List<BoundExpression> values = arguments.subList(1, arguments.size());
    int columns = (int) Math.ceil(values.size() / (double) rows);
    List<DataType> types = new ArrayList<>();
    for (int column = 0; column < columns; column++) {
      types.add(columnType(values, columns, column));
    }
    for (int i = 0; i < values.size(); i++) {
      int column = i % columns;
      DataType type = values.get(i).dataType();
      boolean nullLiteral = values.get(i) instanceof Literal constant && type == AtomicType.NULL;
      if (!type.equals(types.get(column)) && !nullLiteral) {
        throw SparkErrors.dataTypeMismatch("STACK_COLUMN_DIFF_TYPES", "\"" + pretty + "\"",
            "The data type of the column (" + column + ") do not have the same type: "
                + SparkErrors.toSqlType(types.get(column)) + " (argument " + (column + 1) + ") <> "
                + SparkErrors.toSqlType(type) + " (argument " + (i + 1) + ").",
            Map.of("columnIndex", Integer.toString(column), "leftParamIndex", Integer.toString(column + 1),
                "leftType", SparkErrors.toSqlType(types.get(column)), "rightParamIndex", Integer.toString(i + 1),
                "rightType", SparkErrors.toSqlType(type)));
      }
    }
    List<StructField> fields = new ArrayList<>();
    for (int column = 0; column < columns; column++) {
      fields.add(new StructField("col" + column, types.get(column), true));
    }
    StructType row = new StructType(fields);
    List<BoundExpression> structs = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<BoundExpression> rowValues = new ArrayList<>();
      for (int column = 0; column < columns; column++) {
        int index = r * columns + column;
        rowValues.add(index < values.size() && values.get(index).dataType() != AtomicType.NULL
            ? values.get(index) : Literal.nullOf(types.get(column)));
      }
      structs.add(new Call("struct", rowValues, row, false));
    }
    return new Generator("inline", new Call("array", structs, new ArrayType(row, false), false), false, false);
  }

  /** The column's type: its first value that is not a NULL literal (Spark's findDataType). */
  private static DataType columnType(List<BoundExpression> values, int columns, int column) {
    for (int i = column; i < values.size(); i += columns) {
      if (values.get(i).dataType() != AtomicType.NULL) {
        return values.get(i).dataType();
      }
    }
    return AtomicType.NULL;
  }
}
