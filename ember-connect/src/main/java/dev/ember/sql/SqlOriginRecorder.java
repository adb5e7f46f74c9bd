package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.WithSqlOrigins;
import dev.ember.plan.origin.SqlOrigin;
import dev.ember.plan.origin.SqlOrigins;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Records where in the SQL text each plan node was written, as Spark's {@code ParserUtils.withOrigin} makes the parse
 * context current while the AstBuilder builds its node: a node keeps the innermost context it was built for. Errors
 * raised while building take the same origin. A view's query is its own text, {@code VIEW} and its name, with
 * indices, lines and positions counted from the query's start, as Spark reads a view's text again.
 */
final class SqlOriginRecorder {
  /** Expression strings of the DataFrame API record nothing: their errors stay as they are. */
  static final SqlOriginRecorder NONE = new SqlOriginRecorder(null, 0, 1, 0, "", "");

  private final String text;
  private final int offset;
  private final int firstLine;
  private final int firstLinePosition;
  private final String objectType;
  private final String objectName;
  private final SqlOrigins origins = new SqlOrigins();

  private SqlOriginRecorder(String text, int offset, int firstLine, int firstLinePosition, String objectType,
      String objectName) {
    this.text = text;
    this.offset = offset;
    this.firstLine = firstLine;
    this.firstLinePosition = firstLinePosition;
    this.objectType = objectType;
    this.objectName = objectName;
  }

  /** The origins of a statement's text. */
  static SqlOriginRecorder statement(String text) {
    return new SqlOriginRecorder(text, 0, 1, 0, "", "");
  }

  /** The origins of a view's query: its text alone, named as the view. */
  SqlOriginRecorder view(ParserRuleContext query, String viewName) {
    if (text == null) {
      return NONE;
    }
    Token start = query.getStart();
    int stop = query.getStop().getStopIndex();
    return new SqlOriginRecorder(text.substring(start.getStartIndex(), stop + 1), start.getStartIndex(),
        start.getLine(), start.getCharPositionInLine(), "VIEW", viewName);
  }

  /** {@code node}, recorded as written at {@code context} unless an inner context claimed it. */
  <T> T record(ParserRuleContext context, T node) {
    if (text != null && node != null) {
      SqlOrigin origin = of(context);
      if (origin != null) {
        origins.record(node, origin);
      }
    }
    return node;
  }

  /** {@code error} with the origin of {@code context}, unless it has its own. */
  EmberException attach(ParserRuleContext context, EmberException error) {
    return text == null ? error : error.withQueryContext(of(context));
  }

  /** The plan with the origins recorded so far. */
  LogicalPlan wrap(LogicalPlan plan) {
    return text == null ? plan : new WithSqlOrigins(plan, origins);
  }

  SqlOrigin of(ParserRuleContext context) {
    Token start = context.getStart();
    Token stop = context.getStop();
    if (start == null || stop == null || start.getStartIndex() < offset
        || stop.getStopIndex() - offset >= text.length() || stop.getStopIndex() < start.getStartIndex()) {
      return null;
    }
    int line = start.getLine() - firstLine + 1;
    int position = line == 1 ? start.getCharPositionInLine() - firstLinePosition : start.getCharPositionInLine();
    return new SqlOrigin(text, start.getStartIndex() - offset, stop.getStopIndex() - offset, line, position,
        objectType, objectName);
  }
}
