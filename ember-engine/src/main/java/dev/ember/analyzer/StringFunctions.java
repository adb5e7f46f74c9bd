package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * String functions. Inputs are strings or ints as Spark's ImplicitCastInputTypes require (other
 * atomic types are cast to string); arguments the client leaves out take Spark's defaults, which
 * also show in the output name ({@code regexp_replace(s, p, r, 1)}).
 */
final class StringFunctions {
  private StringFunctions() {
  }

  /** What one argument must be. */
  enum Kind { STRING, INT }

  private static final Kind S = Kind.STRING;
  private static final Kind I = Kind.INT;
  /** The call of concat over BINARY values (sqlgen's BinaryStringRenderers). */
  static final String CONCAT_BINARY = "concat_binary";

  static List<FunctionDefinition> definitions() {
    return List.of(
        stringFunction("upper", S),
        stringFunction("lower", S),
        trim("trim", "BOTH"),
        trim("ltrim", "LEADING"),
        trim("rtrim", "TRAILING"),
        new FunctionDefinition("concat", 0, FunctionDefinition.VARIADIC, false,
            (pretty, arguments, sql) -> arguments.stream().anyMatch(a -> a.dataType() instanceof ArrayType)
                ? CollectionFunctions.concatArrays(pretty, arguments, sql)
                : binaries(arguments) ? concatBinaries(arguments)
                : bind("concat", AtomicType.STRING, repeated(S, arguments.size()), pretty, arguments, sql),
            prefix("concat")),
        new FunctionDefinition("concat_ws", 1, FunctionDefinition.VARIADIC, false,
            (pretty, arguments, sql) -> {
              Call call = bind("concat_ws", AtomicType.STRING, repeated(S, arguments.size()), pretty, arguments, sql);
              return new Call("concat_ws", call.arguments(), AtomicType.STRING, call.argument(0).nullable());
            },
            prefix("concat_ws")),
        withDefaults("substring", "substring", List.of(S, I, I), 2, Literal.of(Integer.MAX_VALUE)),
        withDefaults("substr", "substring", List.of(S, I, I), 2, Literal.of(Integer.MAX_VALUE)),
        positionChecked(withDefaults("regexp_replace", "regexp_replace", List.of(S, S, S, I), 3, Literal.of(1))),
        withDefaults("regexp_extract", "regexp_extract", List.of(S, S, I), 2, Literal.of(1)),
        new FunctionDefinition("split", 2, 3, false, (pretty, arguments, sql) -> {
          Call call = bind("split", AtomicType.STRING, List.of(S, S, I), pretty, withDefault(arguments, 3, Literal.of(-1)),
              sql);
          return new Call("split", call.arguments(), new ArrayType(AtomicType.STRING, false), call.nullable());
        }, namedWithDefaults("split", 3, "-1")),
        stringFunction("initcap", S),
        new FunctionDefinition("reverse", 1, 1, false,
            (pretty, arguments, sql) -> arguments.get(0).dataType() instanceof ArrayType array
                ? new Call("array_reverse", arguments, array, arguments.get(0).nullable())
                : binaries(arguments) ? new Call("binary_reverse", arguments, AtomicType.BINARY,
                    arguments.get(0).nullable())
                : bind("reverse", AtomicType.STRING, List.of(S), pretty, arguments, sql),
            prefix("reverse")),
        function("instr", AtomicType.INTEGER, S, S),
        locate("locate"),
        stringFunction("translate", S, S, S),
        new FunctionDefinition("repeat", 2, 2, false,
            (pretty, arguments, sql) -> bind("repeat", AtomicType.STRING, List.of(S, I), pretty, arguments, sql),
            prefix("repeat")),
        FormatFunctions.formatNumber(),
        FormatFunctions.formatString("format_string"),
        FormatFunctions.formatString("printf"));
  }

  /** Whether every argument is a BINARY (and there is one): Spark's Concat then gives a BINARY. */
  private static boolean binaries(List<BoundExpression> arguments) {
    return !arguments.isEmpty() && arguments.stream().allMatch(argument -> argument.dataType() == AtomicType.BINARY);
  }

  /** concat of BINARY values: their bytes one after the other, NULL if any is. */
  private static Call concatBinaries(List<BoundExpression> arguments) {
    return new Call(CONCAT_BINARY, arguments, AtomicType.BINARY, arguments.stream().anyMatch(BoundExpression::nullable));
  }

  /**
   * concat of BINARY values under {@code spark.sql.function.concatBinaryAsString}: each input read as a string, a
   * string out, as before Spark 2.3.
   */
  static BoundExpression concatBinaryAsString(BoundExpression bound) {
    if (!(bound instanceof Call call && call.function().equals(CONCAT_BINARY))) {
      return bound;
    }
    List<BoundExpression> inputs = call.arguments().stream()
        .map(input -> TypeCoercion.castTo(input, AtomicType.STRING)).toList();
    return new Call("concat", inputs, AtomicType.STRING, call.nullable());
  }

  /** locate(substr, str[, pos]) and its spelling position: 0 rather than NULL for a NULL pos. */
  static FunctionDefinition locate(String name) {
    return new FunctionDefinition(name, 2, 3, false,
        (pretty, arguments, sql) -> {
          Call call = bind("locate", AtomicType.INTEGER, List.of(S, S, I), pretty,
              withDefault(arguments, 3, Literal.of(1)), sql);
          return new Call("locate", call.arguments(), AtomicType.INTEGER,
              call.argument(0).nullable() || call.argument(1).nullable());
        },
        namedWithDefaults(name, 3, "1"));
  }

  private static List<Kind> repeated(Kind kind, int count) {
    List<Kind> kinds = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      kinds.add(kind);
    }
    return kinds;
  }

  /** A fixed-arity function of strings and ints giving a string (or {@code type}), NULL if any input is. */
  private static FunctionDefinition stringFunction(String name, Kind... kinds) {
    return function(name, AtomicType.STRING, kinds);
  }

  private static FunctionDefinition function(String name, DataType type, Kind... kinds) {
    return new FunctionDefinition(name, kinds.length, kinds.length, false,
        (pretty, arguments, sql) -> bind(name, type, List.of(kinds), pretty, arguments, sql), prefix(name));
  }

  /** Trailing arguments may be left out; they take {@code defaultValue} (in the call and in the name). */
  /**
   * regexp_replace's position: Spark's check of the constant (NULL passes, giving NULL), VALUE_OUT_OF_RANGE below 1.
   */
  private static FunctionDefinition positionChecked(FunctionDefinition definition) {
    return new FunctionDefinition(definition.name(), 3, 4, false, (pretty, arguments, sql) -> {
      if (arguments.size() == 4) {
        java.util.Optional<Object> position = ConstantArguments.value(arguments.get(3));
        if (position.isPresent() && position.get() instanceof Integer start && start <= 0) {
          throw ConstantArguments.outOfRange(pretty, "position", "(0, 2147483647]", String.valueOf(start));
        }
      }
      return definition.binder().bind(pretty, arguments, sql);
    }, definition.namer());
  }

  private static FunctionDefinition withDefaults(String name, String function, List<Kind> kinds, int minArguments,
      Literal defaultValue) {
    return new FunctionDefinition(name, minArguments, kinds.size(), false,
        (pretty, arguments, sql) -> bind(function, AtomicType.STRING, kinds, pretty,
            withDefault(arguments, kinds.size(), defaultValue), sql),
        namedWithDefaults(name, kinds.size(), LiteralNames.pretty(defaultValue)));
  }

  static List<BoundExpression> withDefault(List<BoundExpression> arguments, int size, Literal value) {
    List<BoundExpression> all = new ArrayList<>(arguments);
    while (all.size() < size) {
      all.add(value);
    }
    return all;
  }

  static FunctionDefinition.Namer namedWithDefaults(String name, int size, String defaultName) {
    return (names, distinct) -> {
      List<String> all = new ArrayList<>(names);
      while (all.size() < size) {
        all.add(defaultName);
      }
      return name + "(" + String.join(", ", all) + ")";
    };
  }

  /**
   * trim(s) trims spaces; the two-argument form is trim(chars, s) (the client sends the characters
   * first), named {@code TRIM(BOTH chars FROM s)}. The call is always (s[, chars]).
   */
  private static FunctionDefinition trim(String name, String side) {
    return new FunctionDefinition(name, 1, 2, false,
        (pretty, arguments, sql) -> bind(name, AtomicType.STRING, repeated(S, arguments.size()), pretty,
            arguments.size() == 1 ? arguments : List.of(arguments.get(1), arguments.get(0)),
            sql.size() == 1 ? sql : List.of(sql.get(1), sql.get(0))),
        (names, distinct) -> names.size() == 1 ? name + "(" + names.get(0) + ")"
            : "TRIM(" + side + " " + names.get(0) + " FROM " + names.get(1) + ")");
  }

  /** Casts each argument to its kind and builds the call; NULL if any input is NULL. */
  static Call bind(String function, DataType type, List<Kind> kinds, String pretty, List<BoundExpression> arguments,
      List<String> sql) {
    List<String> argumentSql = new ArrayList<>(sql);
    while (argumentSql.size() < arguments.size()) {
      argumentSql.add(LiteralNames.sql((Literal) arguments.get(argumentSql.size()))); // a default
    }
    List<BoundExpression> coerced = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      coerced.add(kinds.get(i) == Kind.STRING ? InputChecks.string(pretty, arguments, argumentSql, i)
          : InputChecks.integer(pretty, arguments, argumentSql, i));
    }
    return new Call(function, coerced, type, coerced.stream().anyMatch(BoundExpression::nullable));
  }
}
