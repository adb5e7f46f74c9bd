package dev.ember.engine.functions;

import static org.duckdb.DuckDBColumnType.BOOLEAN;
import static org.duckdb.DuckDBColumnType.INTEGER;
import static org.duckdb.DuckDBColumnType.VARCHAR;

import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.catalyst.util.CollationSupport;
import org.apache.spark.unsafe.types.UTF8String;
import org.duckdb.DuckDBColumnType;

/**
 * The string functions Spark makes collation-aware, computed by Spark's own implementations
 * ({@code CollationSupport}) for a collation given by its id (the last argument): {@code ember_collated_<name>}.
 * NULL in any argument gives NULL.
 */
public final class CollatedStringFunctions {
  static final List<JavaFunction> FUNCTIONS = List.of(
      of("contains", List.of(VARCHAR, VARCHAR), BOOLEAN,
          a -> CollationSupport.Contains.exec(utf8(a[0]), utf8(a[1]), (Integer) a[2])),
      of("startswith", List.of(VARCHAR, VARCHAR), BOOLEAN,
          a -> CollationSupport.StartsWith.exec(utf8(a[0]), utf8(a[1]), (Integer) a[2])),
      of("endswith", List.of(VARCHAR, VARCHAR), BOOLEAN,
          a -> CollationSupport.EndsWith.exec(utf8(a[0]), utf8(a[1]), (Integer) a[2])),
      of("instr", List.of(VARCHAR, VARCHAR), INTEGER,
          a -> CollationSupport.StringInstr.exec(utf8(a[0]), utf8(a[1]), (Integer) a[2]) + 1),
      // locate(substring, string, start): 0 before the first character, as Spark's StringLocate
      of("locate", List.of(VARCHAR, VARCHAR, INTEGER), INTEGER,
          a -> (Integer) a[2] < 1 ? 0
              : CollationSupport.StringLocate.exec(utf8(a[1]), utf8(a[0]), (Integer) a[2] - 1, (Integer) a[3]) + 1),
      of("find_in_set", List.of(VARCHAR, VARCHAR), INTEGER,
          a -> CollationSupport.FindInSet.exec(utf8(a[0]), utf8(a[1]), (Integer) a[2])),
      of("replace", List.of(VARCHAR, VARCHAR, VARCHAR), VARCHAR,
          a -> text(CollationSupport.StringReplace.exec(utf8(a[0]), utf8(a[1]), utf8(a[2]), (Integer) a[3]))),
      of("substring_index", List.of(VARCHAR, VARCHAR, INTEGER), VARCHAR,
          a -> text(CollationSupport.SubstringIndex.exec(utf8(a[0]), utf8(a[1]), (Integer) a[2], (Integer) a[3]))),
      of("trim", List.of(VARCHAR, VARCHAR), VARCHAR,
          a -> text(CollationSupport.StringTrim.exec(utf8(a[0]), utf8(a[1]), (Integer) a[2]))),
      of("ltrim", List.of(VARCHAR, VARCHAR), VARCHAR,
          a -> text(CollationSupport.StringTrimLeft.exec(utf8(a[0]), utf8(a[1]), (Integer) a[2]))),
      of("rtrim", List.of(VARCHAR, VARCHAR), VARCHAR,
          a -> text(CollationSupport.StringTrimRight.exec(utf8(a[0]), utf8(a[1]), (Integer) a[2]))),
      of("split_part", List.of(VARCHAR, VARCHAR, INTEGER), VARCHAR, CollatedStringFunctions::splitPart),
      // Spark's case mappings (ICU's, as spark.sql.icu.caseMappings.enabled has them), of the collation's locale
      of("lower", List.of(VARCHAR), VARCHAR, a -> text(CollationSupport.Lower.exec(utf8(a[0]), (Integer) a[1], true))),
      of("upper", List.of(VARCHAR), VARCHAR, a -> text(CollationSupport.Upper.exec(utf8(a[0]), (Integer) a[1], true))),
      of("initcap", List.of(VARCHAR), VARCHAR,
          a -> text(CollationSupport.InitCap.exec(utf8(a[0]), (Integer) a[1], true))),
      of("translate", List.of(VARCHAR, VARCHAR, VARCHAR), VARCHAR, a -> text(CollationSupport.StringTranslate.exec(
          utf8(a[0]), translation(utf8(a[1]).toValidString(), utf8(a[2]).toValidString()), (Integer) a[3]))));

  private CollatedStringFunctions() {
  }

  private static JavaFunction of(String name, List<DuckDBColumnType> parameters, DuckDBColumnType returnType,
      Function<Object[], Object> body) {
    List<DuckDBColumnType> all = new java.util.ArrayList<>(parameters);
    all.add(INTEGER);
    return JavaFunction.of("ember_collated_" + name, all, returnType, arguments -> {
      for (Object argument : arguments) {
        if (argument == null) {
          return null;
        }
      }
      return body.apply(arguments);
    });
  }

  /** Spark's split_part: the part at a position from the start (positive) or the end (negative), else empty. */
  private static Object splitPart(Object[] arguments) {
    int part = (Integer) arguments[2];
    UTF8String[] parts = CollationSupport.StringSplitSQL.exec(utf8(arguments[0]), utf8(arguments[1]),
        (Integer) arguments[3]);
    int index = part > 0 ? part - 1 : parts.length + part;
    return index < 0 || index >= parts.length ? "" : parts[index].toString();
  }

  /**
   * Spark's translation dictionary (StringTranslate.buildDict): each character of {@code matching} to the character of
   * {@code replace} at its place, the first mapping of a character winning; past the end of {@code replace}, to
   * {@code \u0000} (the character is deleted).
   */
  private static java.util.Map<String, String> translation(String matching, String replace) {
    java.util.Map<String, String> dictionary = new java.util.HashMap<>();
    int i = 0;
    int j = 0;
    while (i < matching.length()) {
      String replacement = "\u0000";
      if (j < replace.length()) {
        int count = Character.charCount(replace.codePointAt(j));
        replacement = replace.substring(j, j + count);
        j += count;
      }
      int count = Character.charCount(matching.codePointAt(i));
      dictionary.putIfAbsent(matching.substring(i, i + count), replacement);
      i += count;
    }
    return dictionary;
  }

  private static UTF8String utf8(Object value) {
    return UTF8String.fromString((String) value);
  }

  private static String text(UTF8String value) {
    return value == null ? null : value.toString();
  }
}
