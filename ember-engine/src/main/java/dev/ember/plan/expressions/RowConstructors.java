package dev.ember.plan.expressions;

import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL's row constructor {@code (a, b)}, which Spark's parser makes a CreateStruct that it names
 * {@code named_struct(a, a, b, b)} (struct(...) is the name of the {@code struct} function only): a
 * {@code named_struct} call of the field names {@code struct} would give its arguments.
 */
public final class RowConstructors {
  private RowConstructors() {
  }

  public static UnresolvedFunction of(List<Expression> values) {
    List<Expression> arguments = new ArrayList<>();
    for (int index = 0; index < values.size(); index++) {
      Expression value = values.get(index);
      arguments.add(Literal.of(fieldName(value, index)));
      arguments.add(value instanceof Alias alias ? alias.child() : value);
    }
    return new UnresolvedFunction("named_struct", arguments, false);
  }

  /**
   * The field name Spark's CreateStruct gives an argument: an alias, a column's last name part, a string field
   * extraction's field, else {@code colN}.
   */
  public static String fieldName(Expression argument, int index) {
    if (argument instanceof Alias alias) {
      return alias.name();
    }
    if (argument instanceof UnresolvedAttribute attribute) {
      return attribute.nameParts().get(attribute.nameParts().size() - 1);
    }
    if (argument instanceof LambdaVariable variable) {
      // a lambda's variable names its field as a column does
      return variable.nameParts().get(variable.nameParts().size() - 1);
    }
    if (argument instanceof ExtractValue extract && extract.extraction() instanceof Literal literal
        && literal.dataType() == AtomicType.STRING) {
      return (String) literal.value();
    }
    return "col" + (index + 1);
  }
}
