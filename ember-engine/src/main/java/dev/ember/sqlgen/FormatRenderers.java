package dev.ember.sqlgen;

import static dev.ember.sqlgen.StringRenderers.string;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * format_number (java.text.DecimalFormat {@code #,##0.00}, HALF_EVEN) and format_string
 * (java.util.Formatter): the literal format is compiled here into concatenated SQL pieces.
 */
final class FormatRenderers {
  private static final Pattern SPECIFIER =
      Pattern.compile("%(\\d+\\$)?([-#+ 0,(<]*)(\\d+)?(\\.\\d+)?([a-zA-Z%])");
  private static final SqlLiteral ZERO = new SqlLiteral(0, AtomicType.INTEGER);

  private FormatRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("format_number", FormatRenderers::formatNumber);
    renderers.put("format_string", FormatRenderers::formatString);
  }

  private static SqlExpression formatNumber(Call call, List<SqlExpression> args) {
    Object digits = ((Literal) call.argument(1)).value();
    if (digits == null || (Integer) digits < 0) {
      return StringRenderers.nullString();
    }
    int d = (Integer) digits;
    SqlExpression value = args.get(0);
    DataType type = call.argument(0).dataType();
    if (type instanceof AtomicType atomic && atomic.integral()) {
      SqlExpression grouped = SqlCall.of("format", string("{:,d}"), value);
      return d == 0 ? grouped : SqlOperator.infix("||", grouped, string("." + "0".repeat(d)));
    }
    SqlLiteral pattern = string("{:,." + d + "f}");
    if (type instanceof DecimalType) {
      // Round the exact decimal half-even first: the double it becomes then prints exactly.
      return SqlCall.of("format", pattern, new SqlCast(SqlCall.of("round_even", value,
          new SqlLiteral(d, AtomicType.INTEGER)), "DOUBLE", false));
    }
    SqlExpression number = new SqlCast(value, "DOUBLE", false);
    return new SqlCase(List.of(
        new SqlCase.When(SqlCall.of("isnan", number), string("NaN")),
        new SqlCase.When(SqlCall.of("isinf", number), new SqlCase(List.of(
            new SqlCase.When(SqlOperator.infix(">", number, ZERO), string("\u221E"))), string("-\u221E")))),
        SqlCall.of("format", pattern, number));
  }

  private static SqlExpression formatString(Call call, List<SqlExpression> args) {
    String format = (String) ((Literal) call.argument(0)).value();
    List<SqlExpression> pieces = new ArrayList<>();
    Matcher matcher = SPECIFIER.matcher(format);
    int textStart = 0;
    int nextArgument = 1;
    while (matcher.find()) {
      if (matcher.start() > textStart) {
        pieces.add(string(format.substring(textStart, matcher.start())));
      }
      textStart = matcher.end();
      char conversion = matcher.group(5).charAt(0);
      if (conversion == '%') {
        pieces.add(string("%"));
        continue;
      }
      if (conversion == 'n') {
        pieces.add(string("\n"));
        continue;
      }
      int index = matcher.group(1) != null
          ? Integer.parseInt(matcher.group(1).substring(0, matcher.group(1).length() - 1)) : nextArgument++;
      if (index >= args.size() || index < 1) {
        throw unsupported("a format with more specifiers than arguments");
      }
      Spec spec = new Spec(matcher.group(2), matcher.group(3) == null ? -1 : Integer.parseInt(matcher.group(3)),
          matcher.group(4) == null ? -1 : Integer.parseInt(matcher.group(4).substring(1)), conversion);
      pieces.add(spec.render(args.get(index), call.argument(index).dataType()));
    }
    if (textStart < format.length()) {
      pieces.add(string(format.substring(textStart)));
    }
    return pieces.stream().reduce((left, right) -> SqlOperator.infix("||", left, right)).orElse(string(""));
  }

  /** One {@code %[flags][width][.precision]conversion}. */
  private record Spec(String flags, int width, int precision, char conversion) {
    SqlExpression render(SqlExpression value, DataType type) {
      char lower = Character.toLowerCase(conversion);
      SqlExpression text;
      switch (lower) {
        case 'b':
          text = new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", value), string("false"))),
              type == AtomicType.BOOLEAN ? new SqlCast(value, "VARCHAR", false) : string("true"));
          return finish(truncate(text), false);
        case 's':
          return finish(truncate(orNull(value, new SqlCast(value, "VARCHAR", false))), false);
        case 'd':
          requireIntegral(type);
          if (flags.contains(",")) {
            requireFlags("-,");
            return finish(orNull(value, SqlCall.of("format", string("{:,d}"), value)), false);
          }
          requireFlags("-0+ ");
          return nullOr(value, SqlCall.of("printf", string("%" + flags + (width > 0 ? width : "") + "d"), value));
        case 'x':
          requireIntegral(type);
          requireFlags("-0");
          return nullOr(value, finish(SqlCall.of("lower", SqlCall.of("hex", unsigned(value, type))), true));
        case 'f':
          requireFlags("-0+");
          return nullOr(value, finish(fixed(value, type, precision < 0 ? 6 : precision), true));
        default:
          throw unsupported("the format conversion %" + conversion);
      }
    }

    private void requireFlags(String allowed) {
      for (char flag : flags.toCharArray()) {
        if (allowed.indexOf(flag) < 0) {
          throw unsupported("the format flag '" + flag + "' with %" + conversion);
        }
      }
    }

    private void requireIntegral(DataType type) {
      if (!(type instanceof AtomicType atomic && (atomic.integral() || atomic == AtomicType.NULL))) {
        throw unsupported("%" + conversion + " of a " + type.simpleString() + " value");
      }
    }

    private SqlExpression truncate(SqlExpression text) {
      return precision < 0 ? text : SqlCall.of("left", text, new SqlLiteral(precision, AtomicType.INTEGER));
    }

    /** Applies the width: spaces on the left (right with '-'), zeros after the sign with '0'. */
    private SqlExpression finish(SqlExpression text, boolean numeric) {
      SqlExpression cased = Character.isUpperCase(conversion) ? SqlCall.of("upper", text) : text;
      if (width < 0) {
        return cased;
      }
      SqlLiteral size = new SqlLiteral(width, AtomicType.INTEGER);
      SqlExpression padded;
      if (numeric && flags.contains("0")) {
        padded = new SqlCase(List.of(new SqlCase.When(SqlCall.of("starts_with", cased, string("-")),
            SqlOperator.infix("||", string("-"), SqlCall.of("lpad", SqlCall.of("substring", cased,
                new SqlLiteral(2, AtomicType.INTEGER)), new SqlLiteral(width - 1, AtomicType.INTEGER), string("0"))))),
            SqlCall.of("lpad", cased, size, string("0")));
      } else {
        padded = SqlCall.of(flags.contains("-") ? "rpad" : "lpad", cased, size, string(" "));
      }
      return new SqlCase(List.of(new SqlCase.When(
          SqlOperator.infix(">=", SqlCall.of("length", cased), size), cased)), padded);
    }

    /** Java's %f: half-up on the decimal text of the number, with the sign of a negative zero kept. */
    private SqlExpression fixed(SqlExpression value, DataType type, int digits) {
      SqlLiteral scale = new SqlLiteral(digits, AtomicType.INTEGER);
      String target = "DECIMAL(38," + digits + ")";
      SqlExpression text;
      if (type instanceof DecimalType) {
        text = new SqlCast(new SqlCast(SqlCall.of("round", value, scale), target, false), "VARCHAR", false);
      } else if (type == AtomicType.DOUBLE || type == AtomicType.FLOAT) {
        if (digits > 16) {
          throw unsupported("%f with more than 16 digits");
        }
        SqlExpression number = new SqlCast(value, "DOUBLE", false);
        SqlExpression rounded = SqlCall.of("round",
            new SqlCast(new SqlCast(number, "VARCHAR", false), "DECIMAL(38,22)", false), scale);
        SqlExpression sign = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("AND",
            SqlCall.of("signbit", number), SqlOperator.infix("=", rounded, ZERO)), string("-"))), string(""));
        text = new SqlCase(List.of(
            new SqlCase.When(SqlCall.of("isnan", number), string("NaN")),
            new SqlCase.When(SqlCall.of("isinf", number), new SqlCase(List.of(new SqlCase.When(
                SqlOperator.infix(">", number, ZERO), string("Infinity"))), string("-Infinity"))),
            new SqlCase.When(SqlOperator.infix(">=", SqlCall.of("abs", number), new SqlLiteral(1.0E16, AtomicType.DOUBLE)),
                SqlCall.of("format", string("{:." + digits + "f}"), number))),
            SqlOperator.infix("||", sign, new SqlCast(new SqlCast(rounded, target, false), "VARCHAR", false)));
      } else {
        throw unsupported("%f of a " + type.simpleString() + " value");
      }
      if (flags.contains("+")) {
        text = new SqlCase(List.of(new SqlCase.When(SqlCall.of("starts_with", text, string("-")), text)),
            SqlOperator.infix("||", string("+"), text));
      }
      return text;
    }

    /** Java prints negative bytes, shorts and ints in hex as their two's complement of that width. */
    private static SqlExpression unsigned(SqlExpression value, DataType type) {
      long mask = type == AtomicType.BYTE ? 0xFFL : type == AtomicType.SHORT ? 0xFFFFL
          : type == AtomicType.INTEGER ? 0xFFFFFFFFL : -1L;
      SqlExpression wide = new SqlCast(value, "BIGINT", false);
      return mask == -1L ? wide : SqlOperator.infix("&", wide, new SqlLiteral(mask, AtomicType.LONG));
    }

    private static SqlExpression orNull(SqlExpression value, SqlExpression text) {
      return new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", value), string("null"))), text);
    }

    /** Java prints a NULL argument as "null" cut to the precision and padded with spaces, whatever the conversion. */
    private SqlExpression nullOr(SqlExpression value, SqlExpression text) {
      String shown = precision < 0 ? "null" : "null".substring(0, Math.min(4, precision));
      return new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", value),
          new Spec(flags.contains("-") ? "-" : "", width, -1, 's').finish(string(shown), false))), text);
    }
  }

  private static RuntimeException unsupported(String what) {
    return SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
        "Cannot call the method \"format_string with " + what + "\" of the class \"Ember\": it is not supported yet.",
        Map.of("methodName", "format_string with " + what, "className", "Ember"));
  }
}
