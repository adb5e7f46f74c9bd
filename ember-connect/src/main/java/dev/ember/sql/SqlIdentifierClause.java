package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.types.AtomicType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code IDENTIFIER(expression)}: a name given as a constant string (literals, parameter markers and their
 * concatenation), read as a possibly qualified, possibly back-quoted name, wherever a table, view, variable, column or
 * function name goes.
 */
final class SqlIdentifierClause {
  private SqlIdentifierClause() {
  }

  /** The parts of a name written plainly or as {@code IDENTIFIER(...)}. */
  static List<String> nameParts(ExpressionBuilder expressions, SqlBaseParser.IdentifierReferenceContext reference) {
    if (reference.multipartIdentifier() != null) {
      return reference.multipartIdentifier().errorCapturingIdentifier().stream()
          .map(part -> part.identifier().getText()).toList();
    }
    return nameParts(expressions, reference.expression());
  }

  static List<String> nameParts(ExpressionBuilder expressions, SqlBaseParser.ExpressionContext context) {
    Expression value = expressions.expression(context);
    Optional<Literal> constant = fold(value, expressions.parameters());
    if (constant.isEmpty()) {
      String text = expressions.source(context);
      throw new EmberException(ErrorKind.ANALYSIS, "NOT_A_CONSTANT_STRING.NOT_CONSTANT", "42601",
          "The expression " + text + " used for the routine or clause IDENTIFIER must be a constant STRING which is "
              + "NOT NULL.", Map.of("name", "IDENTIFIER", "expr", text));
    }
    Literal literal = constant.get();
    String text = expressions.source(context);
    if (literal.value() == null) {
      throw new EmberException(ErrorKind.ANALYSIS, "NOT_A_CONSTANT_STRING.NULL", "42601",
          "The expression " + text + " used for the routine or clause IDENTIFIER must be a constant STRING which is "
              + "NOT NULL.", Map.of("name", "IDENTIFIER", "expr", text));
    }
    if (literal.dataType() != AtomicType.STRING) {
      String type = literal.dataType().simpleString();
      throw new EmberException(ErrorKind.ANALYSIS, "NOT_A_CONSTANT_STRING.WRONG_TYPE", "42601",
          "The expression " + text + " used for the routine or clause IDENTIFIER must be a constant STRING which is "
              + "NOT NULL. The data type of the expression is " + type + ".",
          Map.of("name", "IDENTIFIER", "expr", text, "dataType", type));
    }
    return SqlParser.multipartIdentifier((String) literal.value());
  }

  /**
   * A constant: a literal, a cast of a NULL, a session variable's value, or a concatenation of string constants
   * (Spark folds the expression once its variables are resolved).
   */
  private static Optional<Literal> fold(Expression value, SqlParameters parameters) {
    if (value instanceof Literal literal) {
      return Optional.of(literal);
    }
    if (value instanceof dev.ember.plan.expressions.Cast cast && cast.child() instanceof Literal literal
        && literal.value() == null) {
      return Optional.of(Literal.nullOf(cast.targetType()));
    }
    if (value instanceof dev.ember.plan.expressions.UnresolvedAttribute attribute) {
      return parameters.variable(attribute.nameParts());
    }
    if (value instanceof UnresolvedFunction function && function.name().equals("concat")) {
      StringBuilder text = new StringBuilder();
      for (Expression argument : function.arguments()) {
        Optional<Literal> part = fold(argument, parameters);
        if (part.isEmpty() || !(part.get().value() instanceof String string)) {
          return Optional.empty();
        }
        text.append(string);
      }
      return Optional.of(Literal.of(text.toString()));
    }
    return Optional.empty();
  }
}
