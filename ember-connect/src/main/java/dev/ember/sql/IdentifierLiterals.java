package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Identifiers;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;
import org.apache.spark.sql.catalyst.parser.SqlBaseLexer;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;
import org.apache.spark.sql.catalyst.parser.SqlBaseParserBaseListener;

/**
 * {@code IDENTIFIER('name')} written where an identifier goes (an alias, a column or table alias, a window or CTE
 * name, a parameter...): as the parser builds it, the literal is replaced by the identifier it names, so that every
 * reader of the identifier's text reads the name, as Spark's AstBuilder does. A name of several parts where one
 * goes is IDENTIFIER_TOO_MANY_NAME_PARTS; inside a multi-part name it stays one part written with its dots.
 */
final class IdentifierLiterals extends SqlBaseParserBaseListener {
  /** The statement's arguments, for parameter markers among the literal's strings. */
  private final SqlParameters parameters;
  private final org.antlr.v4.runtime.TokenStream tokens;

  IdentifierLiterals(SqlParameters parameters, org.antlr.v4.runtime.TokenStream tokens) {
    this.parameters = parameters;
    this.tokens = tokens;
  }

  @Override
  public void exitIdentifierLiteral(SqlBaseParser.IdentifierLiteralContext context) {
    String text = SqlLiterals.string(context.stringLit(), parameters, this::positionalOrdinal);
    List<String> parts = SqlParser.multipartIdentifier(text);
    if (parts.size() > 1 && !insideMultipartName(context)) {
      String identifier = Identifiers.quoteNameParts(parts);
      throw new EmberException(ErrorKind.PARSE, "IDENTIFIER_TOO_MANY_NAME_PARTS", "42601", identifier
          + " is not a valid identifier as it has more than 1 name parts.",
          Map.of("identifier", identifier, "limit", "1"));
    }
    CommonToken token = new CommonToken(context.start);
    token.setType(SqlBaseLexer.IDENTIFIER);
    token.setText(parts.size() == 1 ? parts.get(0) : text);
    token.setStopIndex(context.stop.getStopIndex());
    context.children.clear();
    TerminalNodeImpl node = new TerminalNodeImpl(token);
    node.setParent(context);
    context.addAnyChild(node);
  }

  /** The ordinal of a {@code ?} marker: how many come before it in the text. */
  private int positionalOrdinal(org.antlr.v4.runtime.Token marker) {
    int ordinal = 0;
    for (int i = 0; i < marker.getTokenIndex(); i++) {
      ordinal += tokens.get(i).getType() == SqlBaseLexer.QUESTION ? 1 : 0;
    }
    return ordinal;
  }

  private static boolean insideMultipartName(ParserRuleContext context) {
    for (ParserRuleContext parent = context.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof SqlBaseParser.MultipartIdentifierContext
          || parent instanceof SqlBaseParser.QualifiedNameContext) {
        return true;
      }
      if (!(parent instanceof SqlBaseParser.IdentifierContext
          || parent instanceof SqlBaseParser.ErrorCapturingIdentifierContext)) {
        return false;
      }
    }
    return false;
  }
}
