package dev.ember.sqlgen;

import dev.ember.engine.functions.SentenceSplitter;
import dev.ember.plan.types.AtomicType;
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
import java.util.List;
import java.util.Map;

/**
 * sentences: the Java function {@code ember_sentences} writes each sentence after a separator and its
 * words between another; the SQL splits the text back into a list of word lists (an empty sentence is
 * an empty list).
 */
final class SentenceRenderers {
  private SentenceRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("sentences", (call, args) -> {
      SqlExpression text = new SqlCall("ember_sentences", args, false);
      SqlExpression sentences = SqlCall.of("list_slice", SqlCall.of("string_split", text,
          literal(SentenceSplitter.SENTENCE)), new SqlLiteral(2, AtomicType.INTEGER), new SqlLiteral(-1, AtomicType.INTEGER));
      String sentence = SqlLet.freshName();
      SqlExpression words = new SqlCase(List.of(new SqlCase.When(
          SqlOperator.infix("=", new SqlColumn(sentence), literal("")),
          new SqlCast(new SqlList(List.of()), "VARCHAR[]", false))),
          SqlCall.of("string_split", new SqlColumn(sentence), literal(SentenceSplitter.WORD)));
      return SqlCall.of("list_transform", sentences, new SqlLambda(sentence, words));
    });
  }

  private static SqlLiteral literal(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }
}
