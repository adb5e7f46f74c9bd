package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;

/** CASE WHEN, IN, coalesce and its aliases, greatest/least, NaN handling. */
final class ConditionalFunctions {
  private ConditionalFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("when", 2, FunctionDefinition.VARIADIC, false,
            (pretty, arguments, sql) -> caseWhen(pretty, arguments, sql), ConditionalFunctions::caseWhenName),
        new FunctionDefinition("in", 1, FunctionDefinition.VARIADIC, false,
            (pretty, arguments, sql) -> in(pretty, arguments),
            (names, distinct) -> "(" + names.get(0) + " IN (" + String.join(", ", names.subList(1, names.size())) + "))"),
        coalescing("coalesce", 1, FunctionDefinition.VARIADIC),
        coalescing("nvl", 2, 2),
        coalescing("ifnull", 2, 2),
        extremum("greatest"),
        extremum("least"),
        new FunctionDefinition("isnan", 1, 1, false,
            (pretty, arguments, sql) -> new Call("isnan",
                List.of(InputChecks.fractional(pretty, arguments, sql, 0)), AtomicType.BOOLEAN, false),
            prefix("isnan")),
        new FunctionDefinition("nanvl", 2, 2, false,
            (pretty, arguments, sql) -> nanvl(pretty, arguments, sql), prefix("nanvl")),
        // raise_error(message): fails the query with USER_RAISED_EXCEPTION when evaluated; typed NULL
        new FunctionDefinition("raise_error", 1, 1, false,
            (pretty, arguments, sql) -> new Call("raise_error", List.of(InputChecks.string(pretty, arguments, sql, 0)),
                AtomicType.NULL, true),
            // Spark names it as the two-argument form it rewrites it to
            (names, distinct) -> "raise_error(USER_RAISED_EXCEPTION, map(errorMessage, " + names.get(0) + "))"));
  }

  /** {@code CASE WHEN c1 THEN v1 [WHEN ...] [ELSE e] END} from the arguments c1, v1, c2, v2, ..., [e]. */
  private static String caseWhenName(List<String> names, boolean distinct) {
    StringBuilder name = new StringBuilder("CASE");
    int pairs = names.size() / 2;
    for (int i = 0; i < pairs; i++) {
      name.append(" WHEN ").append(names.get(2 * i)).append(" THEN ").append(names.get(2 * i + 1));
    }
    if (names.size() % 2 == 1) {
      name.append(" ELSE ").append(names.get(names.size() - 1));
    }
    return name.append(" END").toString();
  }

  private static BoundExpression caseWhen(String pretty, List<BoundExpression> arguments, List<String> sql) {
    List<BoundExpression> values = new ArrayList<>();
    for (int i = 1; i < arguments.size(); i += 2) {
      values.add(arguments.get(i));
    }
    boolean hasElse = arguments.size() % 2 == 1;
    if (hasElse) {
      values.add(arguments.get(arguments.size() - 1));
    }
    DataType type = TypeCoercion.widerType(InputChecks.types(values), true)
        .orElseThrow(() -> InputChecks.differentTypes(pretty, "casewhen", InputChecks.types(values)));
    List<BoundExpression> coerced = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      boolean condition = i % 2 == 0 && !(hasElse && i == arguments.size() - 1);
      BoundExpression argument = arguments.get(i);
      if (condition && argument.dataType() != AtomicType.BOOLEAN) {
        // Spark reports the condition's position counting conditions and values: first, third, 5th...
        throw InputChecks.unexpectedType(pretty, i, sql.get(i), argument.dataType(), "\"BOOLEAN\"");
      }
      coerced.add(condition ? argument : TypeCoercion.castTo(argument, type));
    }
    boolean nullable = !hasElse;
    for (int i = 1; i < coerced.size(); i += 2) {
      nullable |= coerced.get(i).nullable();
    }
    nullable |= hasElse && coerced.get(coerced.size() - 1).nullable();
    return new Call("case_when", coerced, type, nullable);
  }

  private static BoundExpression in(String pretty, List<BoundExpression> arguments) {
    DataType type = TypeCoercion.widerType(InputChecks.types(arguments), true)
        .orElseThrow(() -> InputChecks.differentTypes(pretty, "in", InputChecks.types(arguments)));
    List<BoundExpression> coerced = TypeCoercion.castAll(arguments, type);
    return new Call("in", coerced, AtomicType.BOOLEAN, coerced.stream().anyMatch(BoundExpression::nullable));
  }

  private static FunctionDefinition coalescing(String name, int min, int max) {
    return new FunctionDefinition(name, min, max, false, (pretty, arguments, sql) -> {
      DataType type = TypeCoercion.widerType(InputChecks.types(arguments), true)
          .orElseThrow(() -> InputChecks.differentTypesAlternatives(pretty, name, InputChecks.types(arguments)));
      List<BoundExpression> coerced = TypeCoercion.castAll(arguments, type);
      return new Call("coalesce", coerced, type, coerced.stream().allMatch(BoundExpression::nullable));
    }, prefix(name));
  }

  /** greatest/least: at least two arguments of one type (no string promotion); NULLs are skipped. */
  private static FunctionDefinition extremum(String name) {
    return new FunctionDefinition(name, 2, FunctionDefinition.VARIADIC, false, (pretty, arguments, sql) -> {
      DataType type = TypeCoercion.widerType(InputChecks.types(arguments), false)
          .orElseThrow(() -> InputChecks.differentTypes(pretty, name, InputChecks.types(arguments)));
      List<BoundExpression> coerced = TypeCoercion.castAll(arguments, type);
      return new Call(name, coerced, type, coerced.stream().allMatch(BoundExpression::nullable));
    }, prefix(name));
  }

  private static BoundExpression nanvl(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression left = arguments.get(0);
    BoundExpression right = arguments.get(1);
    DataType type = left.dataType() == AtomicType.FLOAT && right.dataType() == AtomicType.FLOAT
        ? AtomicType.FLOAT : AtomicType.DOUBLE;
    List<BoundExpression> coerced = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      coerced.add(TypeCoercion.castTo(InputChecks.fractional(pretty, arguments, sql, i), type));
    }
    return new Call("nanvl", coerced, type, coerced.get(0).nullable() || coerced.get(1).nullable());
  }
}
