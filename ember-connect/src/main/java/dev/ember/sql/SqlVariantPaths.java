package dev.ember.sql;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import java.util.List;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code v:a.b[0]} and {@code v:['a']}: Spark's semi-structured extraction, {@code variant_get(v, '$.a.b[0]')} named
 * after the path's last key. Each step becomes a JSON path step as Spark writes it (a key in brackets stays a key,
 * so {@code v:['a.b']} is one key where {@code v:a.b} is two).
 */
final class SqlVariantPaths {
  private SqlVariantPaths() {
  }

  static Expression extract(ExpressionBuilder builder, SqlBaseParser.SemiStructuredExtractContext extract) {
    StringBuilder path = new StringBuilder("$");
    String lastKey = null;
    SqlBaseParser.JsonPathFirstPartContext first = extract.path.jsonPathFirstPart();
    lastKey = step(path, first.jsonPathIdentifier(), first.jsonPathBracketedIdentifier(), first.integerValue(),
        lastKey);
    for (SqlBaseParser.JsonPathPartsContext part : extract.path.jsonPathParts()) {
      lastKey = step(path, part.jsonPathIdentifier(), part.jsonPathBracketedIdentifier(), part.integerValue(),
          lastKey);
    }
    Expression call = new UnresolvedFunction("variant_get",
        List.of(builder.primary(extract.col), Literal.of(path.toString())), false);
    return lastKey == null ? call : new Alias(call, lastKey);
  }

  /** Appends one step; the key it names, or the last key before it for an index. */
  private static String step(StringBuilder path, SqlBaseParser.JsonPathIdentifierContext identifier,
      SqlBaseParser.JsonPathBracketedIdentifierContext bracketed, SqlBaseParser.IntegerValueContext index,
      String lastKey) {
    if (identifier != null) {
      // written into the path as it is: a quoted `a.b` is two keys there, and the column is named after the last
      String text = identifier.getText();
      path.append('.').append(text);
      return text.substring(text.lastIndexOf('.') + 1);
    }
    if (bracketed != null) {
      String key = SqlLiterals.string(bracketed.stringLit());
      path.append(key.contains("'") ? "[\"" + key + "\"]" : "['" + key + "']");
      return key;
    }
    path.append('[').append(index.getText()).append(']');
    return lastKey;
  }
}
