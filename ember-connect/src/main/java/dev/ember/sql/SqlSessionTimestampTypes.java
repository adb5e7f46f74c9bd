package dev.ember.sql;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.tree.ParseTree;
import org.apache.spark.sql.catalyst.parser.SqlBaseLexer;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;
import org.apache.spark.sql.catalyst.parser.UpperCaseCharStream;

/**
 * {@code spark.sql.timestampType=TIMESTAMP_NTZ} in a type written as text ({@code from_json(s, 't TIMESTAMP')}):
 * Spark's parser reads a plain {@code TIMESTAMP}, anywhere in the type, as the session's timestamp type, while
 * {@code DataType.fromDDL} (which Ember calls without Spark's session) reads it as TIMESTAMP. The text is rewritten
 * with TIMESTAMP_NTZ in those places; TIMESTAMP_LTZ stays.
 */
final class SqlSessionTimestampTypes {
  private static final String WITHOUT_TIME_ZONE = "TIMESTAMP_NTZ";

  private SqlSessionTimestampTypes() {
  }

  /** The text with each plain TIMESTAMP type as TIMESTAMP_NTZ; the text itself when it holds none (or is no type). */
  static String withoutTimeZone(String text) {
    List<int[]> spans = new ArrayList<>();
    ParseTree tree = parse(text, true);
    if (tree == null) {
      tree = parse(text, false);
    }
    if (tree == null) {
      return text; // Spark's own parser reports what is wrong with it
    }
    collect(tree, spans);
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    for (int i = spans.size() - 1; i >= 0; i--) {
      out.replace(spans.get(i)[0], spans.get(i)[1] + 1, WITHOUT_TIME_ZONE);
    }
    return out.toString();
  }

  /** The text as a list of columns ({@code a INT, t TIMESTAMP}) or as one type; null if it is not one. */
  private static ParseTree parse(String text, boolean columns) {
    SqlBaseLexer lexer = new SqlBaseLexer(new UpperCaseCharStream(CharStreams.fromString(text)));
    lexer.removeErrorListeners();
    SqlBaseParser parser = new SqlBaseParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    boolean[] failed = {false};
    parser.addErrorListener(new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int position, String message,
          RecognitionException error) {
        failed[0] = true;
      }
    });
    ParseTree tree = columns ? parser.singleTableSchema() : parser.singleDataType();
    return failed[0] ? null : tree;
  }

  /** The character spans of the plain TIMESTAMP types in the tree, in text order. */
  private static void collect(ParseTree tree, List<int[]> spans) {
    if (tree instanceof SqlBaseParser.NonTrivialPrimitiveTypeContext type && type.getChildCount() == 1
        && type.TIMESTAMP() != null) {
      spans.add(new int[] {type.TIMESTAMP().getSymbol().getStartIndex(), type.TIMESTAMP().getSymbol().getStopIndex()});
      return;
    }
    for (int i = 0; i < tree.getChildCount(); i++) {
      collect(tree.getChild(i), spans);
    }
  }
}
