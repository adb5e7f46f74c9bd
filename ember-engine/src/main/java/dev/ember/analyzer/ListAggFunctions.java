package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * {@code listagg(x[, delimiter])} and its alias {@code string_agg}: the group's non-null strings (or
 * binaries) concatenated in input order with a constant delimiter (none when it is NULL or missing,
 * which Spark names NULL); NULL without values. Other values are read as strings (Spark's implicit
 * cast). The resolved call {@code listagg} takes the value and the delimiter literal.
 */
final class ListAggFunctions {
  /** Resolved call names that aggregate. */
  static final Set<String> AGGREGATES = Set.of("listagg");

  private ListAggFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(definition("listagg"), definition("string_agg"));
  }

  private static FunctionDefinition definition(String name) {
    return new FunctionDefinition(name, 1, 2, true, (pretty, arguments, sql) -> bind(name, pretty, arguments, sql),
        (names, distinct) -> prefix(name).name(PercentileFunctions.withDefault(names, 2, "NULL"), distinct));
  }

  static BoundExpression bind(String name, String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression value = arguments.get(0);
    if (value.dataType() instanceof dev.ember.plan.types.ArrayType || value.dataType() instanceof dev.ember.plan.types.MapType
        || value.dataType() instanceof dev.ember.plan.types.StructType) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), value.dataType(), "(\"STRING\" or \"BINARY\")");
    }
    if (value.dataType() != AtomicType.BINARY) {
      value = TypeCoercion.castTo(value, AtomicType.STRING);
    }
    BoundExpression delimiter = arguments.size() > 1 ? arguments.get(1) : new Literal(null, AtomicType.NULL);
    DataType delimiterType = delimiter.dataType();
    if (delimiterType != AtomicType.NULL && delimiterType != AtomicType.BINARY) {
      delimiter = TypeCoercion.castTo(delimiter, AtomicType.STRING);
      delimiterType = AtomicType.STRING;
    }
    Object constant = ConstantArguments.value(delimiter)
        .orElseThrow(() -> ConstantArguments.nonFoldable(pretty, "delimiter", arguments.get(1).dataType(),
            sql.get(1)));
    if (delimiterType != AtomicType.NULL && delimiterType != value.dataType()) {
      throw InputChecks.differentTypesAlternatives(pretty, name, List.of(AtomicType.STRING, AtomicType.BINARY));
    }
    String text = constant == ConstantArguments.NULL ? null : constant instanceof byte[] bytes
        ? new String(bytes, StandardCharsets.UTF_8) : constant.toString();
    return new Call("listagg", List.of(value, new Literal(text, AtomicType.STRING)), value.dataType(), true);
  }
}
