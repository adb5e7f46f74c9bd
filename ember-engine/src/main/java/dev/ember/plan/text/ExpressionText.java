package dev.ember.plan.text;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundLambda;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.ElementAccess;
import dev.ember.plan.resolved.FieldAccess;
import dev.ember.plan.resolved.Generator;
import dev.ember.plan.resolved.LambdaParameter;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.ResolvedFrame;
import dev.ember.plan.resolved.WindowCall;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A resolved expression as Spark's {@code Expression.toString} writes it in a plan: attributes as
 * {@code name#id} ({@code L} after a bigint's id), operators infix in parentheses, casts as
 * {@code cast(x as type)}, other functions as {@code name(arguments)}.
 */
public final class ExpressionText {
  private final LiteralText literals;

  private final boolean sqlNames;

  public ExpressionText(LiteralText literals) {
    this(literals, false);
  }

  private ExpressionText(LiteralText literals, boolean sqlNames) {
    this.literals = literals;
    this.sqlNames = sqlNames;
  }

  /**
   * Spark's {@code Expression.sql} form, which error messages quote: attributes by their qualified names
   * ({@code t.c}) instead of explain's {@code c#12}.
   */
  public static ExpressionText sql(LiteralText literals) {
    return new ExpressionText(literals, true);
  }

  private String attributeText(Attribute attribute) {
    if (!sqlNames) {
      return attribute(attribute);
    }
    List<String> parts = new java.util.ArrayList<>(attribute.qualifier());
    parts.add(attribute.name());
    return parts.stream().map(part -> part.matches("[A-Za-z_][A-Za-z0-9_]*") ? part : "`" + part.replace("`", "``") + "`")
        .collect(Collectors.joining("."));
  }

  public static String attribute(Attribute attribute) {
    return attribute.name() + "#" + attribute.id() + (attribute.dataType() == AtomicType.LONG ? "L" : "");
  }

  /** An output column: the attribute alone when it passes a column through, else {@code expression AS name#id}. */
  public String named(NamedExpression column) {
    if (column.expression() instanceof ColumnReference reference
        && reference.attribute().id() == column.attribute().id()) {
      return attribute(column.attribute());
    }
    return of(column.expression()) + " AS " + attribute(column.attribute());
  }

  public String of(BoundExpression expression) {
    if (expression instanceof Literal literal) {
      return literals.of(literal);
    }
    if (expression instanceof ColumnReference reference) {
      return attributeText(reference.attribute());
    }
    if (expression instanceof BoundCast cast) {
      return (cast.tryCast() ? "try_cast(" : "cast(") + of(cast.child()) + " as " + cast.dataType().simpleString() + ")";
    }
    if (expression instanceof FieldAccess access) {
      return of(access.child()) + "." + access.fieldName();
    }
    if (expression instanceof ElementAccess access) {
      return of(access.child()) + "[" + of(access.key()) + "]";
    }
    if (expression instanceof WindowCall window) {
      return window(window);
    }
    if (expression instanceof Generator generator) {
      return generator.function() + "(" + of(generator.collection()) + ")";
    }
    if (expression instanceof dev.ember.plan.resolved.UserFunctionResult call) {
      return call.function().name() + "(" + call.arguments().stream().map(this::of).collect(Collectors.joining(", "))
          + ")";
    }
    if (expression instanceof BoundLambda lambda) {
      return "lambdafunction(" + of(lambda.body()) + ", "
          + lambda.parameters().stream().map(this::of).collect(Collectors.joining(", ")) + ", false)";
    }
    if (expression instanceof LambdaParameter parameter) {
      return "lambda " + parameter.name() + "#" + parameter.id() + (parameter.dataType() == AtomicType.LONG ? "L" : "");
    }
    if (expression instanceof Call call) {
      return call(call, List.of());
    }
    if (expression instanceof dev.ember.plan.resolved.OuterReference reference) {
      return "outer(" + attribute(reference.attribute()) + ")";
    }
    if (expression instanceof dev.ember.plan.resolved.BoundSubquery subquery) {
      // Spark's scalar-subquery / exists / list forms, the outer columns in brackets
      String outer = "[" + subquery.outerReferences().stream().map(ExpressionText::attribute).collect(Collectors.joining(", "))
          + "]";
      return switch (subquery.kind()) {
        case SCALAR -> "scalar-subquery " + outer;
        case EXISTS -> "exists " + outer;
        case IN -> (subquery.values().size() == 1 ? of(subquery.values().get(0))
            : "named_struct(" + list(subquery.values()) + ")") + " IN (list " + outer + ")";
      };
    }
    return expression.toString();
  }

  public String sortOrder(BoundSortOrder order) {
    return of(order.child()) + (order.ascending() ? " ASC" : " DESC") + (order.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
  }

  public String list(List<? extends BoundExpression> expressions) {
    return expressions.stream().map(this::of).collect(Collectors.joining(", "));
  }

  /** A call in Spark's text; {@code orderChildren} are a ranking window function's ordering expressions. */
  private String call(Call call, List<BoundExpression> orderChildren) {
    List<BoundExpression> arguments = call.arguments();
    String operator = CallSyntax.infixSymbol(call.function());
    if (operator != null && arguments.size() == 2) {
      return "(" + of(arguments.get(0)) + " " + operator + " " + of(arguments.get(1)) + ")";
    }
    return switch (call.function()) {
      case "not" -> "NOT " + of(arguments.get(0));
      case "negative", "wrapping_negative" -> "-" + of(arguments.get(0));
      case "in" -> of(arguments.get(0)) + " IN (" + arguments.subList(1, arguments.size()).stream().map(this::of)
          .collect(Collectors.joining(",")) + ")";
      case "like", "rlike" -> of(arguments.get(0)) + " " + call.function().toUpperCase(java.util.Locale.ROOT) + " "
          + of(arguments.get(1));
      case "case_when" -> caseWhen(arguments);
      case "struct" -> "struct(" + structArguments(call) + ")";
      default -> CallSyntax.prettyName(call.function()) + "(" + (CallSyntax.isDistinct(call.function()) ? "distinct " : "")
          + String.join(", ", argumentTexts(call, orderChildren)) + ")";
    };
  }

  private List<String> argumentTexts(Call call, List<BoundExpression> orderChildren) {
    List<String> texts = new ArrayList<>();
    call.arguments().forEach(argument -> texts.add(of(argument)));
    orderChildren.forEach(child -> texts.add(of(child)));
    texts.addAll(CallSyntax.hiddenArguments(call.function()));
    return texts;
  }

  private String caseWhen(List<BoundExpression> arguments) {
    StringBuilder text = new StringBuilder("CASE");
    int index = 0;
    for (; index + 1 < arguments.size(); index += 2) {
      text.append(" WHEN ").append(of(arguments.get(index))).append(" THEN ").append(of(arguments.get(index + 1)));
    }
    if (index < arguments.size()) {
      text.append(" ELSE ").append(of(arguments.get(index)));
    }
    return text.append(" END").toString();
  }

  private String structArguments(Call call) {
    List<String> texts = new ArrayList<>();
    List<String> names = call.dataType() instanceof StructType struct
        ? struct.fields().stream().map(field -> field.name()).toList() : List.of();
    for (int index = 0; index < call.arguments().size(); index++) {
      texts.add(index < names.size() ? names.get(index) : "col" + (index + 1));
      texts.add(of(call.arguments().get(index)));
    }
    return String.join(", ", texts);
  }

  private String window(WindowCall window) {
    List<BoundExpression> orderChildren = CallSyntax.ordersAsChildren(window.function().function())
        ? window.orderBy().stream().map(BoundSortOrder::child).toList() : List.of();
    List<String> specification = new ArrayList<>();
    window.partitionBy().forEach(partition -> specification.add(of(partition)));
    window.orderBy().forEach(order -> specification.add(sortOrder(order)));
    specification.add(frame(window.frame()));
    return call(window.function(), orderChildren) + " windowspecdefinition(" + String.join(", ", specification) + ")";
  }

  private static String frame(ResolvedFrame frame) {
    return "specifiedwindowframe(" + (frame.type().name().equals("ROWS") ? "RowFrame" : "RangeFrame") + ", "
        + bound(frame.lower()) + ", " + bound(frame.upper()) + ")";
  }

  private static String bound(ResolvedFrame.Bound bound) {
    return switch (bound.kind()) {
      case UNBOUNDED_PRECEDING -> "unboundedpreceding$()";
      case UNBOUNDED_FOLLOWING -> "unboundedfollowing$()";
      case CURRENT_ROW -> "currentrow$()";
      case OFFSET -> bound.integral() ? Long.toString(bound.offset()) : bound.value().sql();
    };
  }
}
