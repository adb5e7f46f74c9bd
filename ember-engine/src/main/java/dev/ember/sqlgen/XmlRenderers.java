package dev.ember.sqlgen;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * from_xml: the Java function turns the record into JSON shaped by the schema, read as from_json reads it. to_xml:
 * the record element written in SQL, each field on its own indented line unless the indent is empty, text escaped
 * as Spark's XML writer escapes it ({@code &} and {@code <}), NULL fields left out.
 */
final class XmlRenderers {
  private XmlRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("from_xml", (call, args) -> {
      JsonDatetimeFormats formats = JsonDatetimeFormats.of(call);
      return JsonRenderers.fromJson((StructType) call.dataType(), SqlCall.of("ember_xml_to_json", args.get(0),
          new SqlLiteral(JsonRenderers.structure(call.dataType(), formats), AtomicType.STRING)), formats);
    });
    renderers.put("to_xml", XmlRenderers::toXml);
  }

  private static SqlExpression toXml(Call call, List<SqlExpression> args) {
    String rowTag = (String) ((dev.ember.plan.expressions.Literal) call.argument(1)).value();
    String indent = (String) ((dev.ember.plan.expressions.Literal) call.argument(2)).value();
    String lineStart = indent.isEmpty() ? "" : "\n" + indent;
    List<SqlExpression> parts = new ArrayList<>(List.of(text("<" + rowTag + ">")));
    for (int i = 3; i + 1 < args.size(); i += 2) {
      String name = (String) ((dev.ember.plan.expressions.Literal) call.argument(i)).value();
      SqlExpression value = args.get(i + 1);
      SqlExpression element = SqlCall.of("concat", text(lineStart + "<" + name + ">"), escaped(value),
          text("</" + name + ">"));
      parts.add(SqlCall.of("coalesce", new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NOT NULL", value),
          element)), null), text("")));
    }
    // Spark's writer ends an unindented record with a line break, an indented one without
    parts.add(text(indent.isEmpty() ? "</" + rowTag + ">\n" : "\n</" + rowTag + ">"));
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", args.get(0)),
        new SqlLiteral(null, AtomicType.STRING))), SqlCall.of("concat", parts.toArray(SqlExpression[]::new)));
  }

  private static SqlExpression escaped(SqlExpression value) {
    SqlExpression text = value;
    for (String[] entity : new String[][] {{"&", "&amp;"}, {"<", "&lt;"}}) {
      text = SqlCall.of("replace", text, text(entity[0]), text(entity[1]));
    }
    return text;
  }

  private static SqlExpression text(String text) {
    return new SqlLiteral(text, AtomicType.STRING);
  }
}
