package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.text;
import static dev.ember.sqlgen.DatetimeSql.when;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.Set;

/**
 * encode / decode with Java's UTF-16 and UTF-32 charsets, as Spark calls them: {@code utf-16} writes a big-endian
 * byte order mark, then big-endian units, and reads either order by its mark (big-endian without one);
 * {@code utf-16be} / {@code utf-16le} take no mark; {@code utf-32} is big-endian code points. A character beyond
 * the basic plane is a surrogate pair in UTF-16.
 */
final class WideCharsets {
  static final Set<String> CHARSETS = Set.of("utf-16", "utf-16be", "utf-16le", "utf-32");

  private WideCharsets() {
  }

  static SqlExpression encode(SqlExpression input, String charset) {
    return SqlLet.bind(input, value -> {
      String character = SqlLet.freshName();
      SqlExpression code = call("unicode", new SqlColumn(character));
      SqlExpression hex = charset.equals("utf-32") ? call("printf", text("%08X"), code) : utf16Units(code,
          charset.equals("utf-16le"));
      SqlExpression units = call("array_to_string", call("list_transform", call("string_split", value, text("")),
          new SqlLambda(character, hex)), text(""));
      SqlExpression marked = charset.equals("utf-16") ? infix("||", text("FEFF"), units) : units;
      return when(infix("=", value, text("")), new SqlCast(text(""), "BLOB", false), call("unhex", marked));
    });
  }

  /** One code point's UTF-16 units in hex: one unit, or a surrogate pair. */
  private static SqlExpression utf16Units(SqlExpression code, boolean littleEndian) {
    SqlExpression offset = infix("-", code, number(0x10000));
    SqlExpression high = infix("+", number(0xD800), infix(">>", offset, number(10)));
    SqlExpression low = infix("+", number(0xDC00), infix("&", offset, number(0x3FF)));
    return when(infix("<", code, number(0x10000)), unit(code, littleEndian),
        infix("||", unit(high, littleEndian), unit(low, littleEndian)));
  }

  private static SqlExpression unit(SqlExpression value, boolean littleEndian) {
    return littleEndian ? call("printf", text("%02X%02X"), infix("&", value, number(0xFF)), infix(">>", value,
        number(8))) : call("printf", text("%04X"), value);
  }

  static SqlExpression decode(SqlExpression bytes, String charset) {
    return SqlLet.bind(call("hex", bytes), hex -> {
      if (charset.equals("utf-32")) {
        return characters(hex, 8, false, false);
      }
      if (!charset.equals("utf-16")) {
        return characters(hex, 4, charset.equals("utf-16le"), true);
      }
      // the byte order mark decides, and is no character
      SqlExpression body = call("substring", hex, number(5));
      return when(call("starts_with", hex, text("FEFF")), characters(body, 4, false, true),
          when(call("starts_with", hex, text("FFFE")), characters(body, 4, true, true), characters(hex, 4, false,
              true)));
    });
  }

  /** The text of units of {@code digits} hex digits each; UTF-16 surrogate pairs become one character. */
  private static SqlExpression characters(SqlExpression hex, int digits, boolean littleEndian, boolean utf16) {
    String index = SqlLet.freshName();
    SqlExpression start = infix("+", infix("*", new SqlColumn(index), number(digits)), number(1));
    SqlExpression unitHex = call("substring", hex, start, number(digits));
    if (littleEndian) {
      unitHex = infix("||", call("substring", unitHex, number(3), number(2)), call("substring", unitHex, number(1),
          number(2)));
    }
    SqlExpression units = call("list_transform", call("range", infix("//", call("length", hex), number(digits))),
        new SqlLambda(index, new SqlCast(infix("||", text("0x"), unitHex), "BIGINT", false)));
    if (!utf16) {
      String code = SqlLet.freshName();
      return call("array_to_string", call("list_transform", units,
          new SqlLambda(code, character(new SqlColumn(code)))), text(""));
    }
    return SqlLet.bind(units, list -> {
      String position = SqlLet.freshName();
      SqlExpression current = call("list_extract", list, infix("+", new SqlColumn(position), number(1)));
      SqlExpression next = call("list_extract", list, infix("+", new SqlColumn(position), number(2)));
      SqlExpression pair = character(infix("+", number(0x10000), infix("+", infix("<<", infix("-", current,
          number(0xD800)), number(10)), infix("-", next, number(0xDC00)))));
      SqlExpression character = when(within(current, 0xD800, 0xDBFF), pair,
          when(within(current, 0xDC00, 0xDFFF), text(""), character(current)));
      return call("array_to_string", call("list_transform", call("range", call("len", list)),
          new SqlLambda(position, character)), text(""));
    });
  }

  private static SqlExpression character(SqlExpression code) {
    return call("chr", new SqlCast(code, "INTEGER", false));
  }

  private static SqlExpression within(SqlExpression value, long low, long high) {
    return infix("AND", infix(">=", value, number(low)), infix("<=", value, number(high)));
  }

  private static SqlLiteral number(long value) {
    return new SqlLiteral(value, AtomicType.LONG);
  }
}
