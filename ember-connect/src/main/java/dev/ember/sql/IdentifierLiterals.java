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
  static final IdentifierLiterals INSTANCE = new IdentifierLiterals();

  private IdentifierLiterals() {
  }

  @Override
  public void exitIdentifierLiteral(SqlBaseParser.IdentifierLiteralContext context) {
    String text = SqlLiterals.string(context.stringLit());
    List<String> parts = Identifiers.parseAttributeName(text);
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
