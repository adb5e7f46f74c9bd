package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.logical.ToSchema;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.types.StructField;
import java.util.ArrayList;
import java.util.List;

/** {@code df.to(schema)}: the schema's columns in its order, taken by name and cast; a missing column is NULL. */
final class ToSchemaResolver {
  private ToSchemaResolver() {
  }

  static Scope resolve(Analyzer analyzer, ToSchema toSchema) {
    Scope input = analyzer.resolve(toSchema.input());
    List<NamedExpression> columns = new ArrayList<>();
    for (StructField field : toSchema.schema().fields()) {
      List<Attribute> matches = analyzer.names().find(List.of(field.name()), input.output());
      BoundExpression value = matches.size() == 1
          ? TypeCoercion.castTo(new ColumnReference(matches.get(0)), field.dataType())
          : Literal.nullOf(field.dataType());
      columns.add(new NamedExpression(value,
          analyzer.newAttribute(field.name(), field.dataType(), field.nullable() || value.nullable())));
    }
    return input.withPlan(new Projection(input.plan(), columns));
  }
}
