package dev.ember.plan.resolved;

import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Objects;

/**
 * A column produced by a plan node. {@code id} is unique within a query (Spark's exprId);
 * {@code qualifier} is the relation alias it can be addressed by ({@code t} in {@code t.id}).
 */
public record Attribute(long id, String name, DataType dataType, boolean nullable, List<String> qualifier) {
  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataType, "dataType");
    qualifier = List.copyOf(qualifier);
  }

  public Attribute withQualifier(List<String> newQualifier) {
    return new Attribute(id, name, dataType, nullable, newQualifier);
  }

  public Attribute asNullable() {
    return nullable ? this : new Attribute(id, name, dataType, true, qualifier);
  }

  public Attribute asNotNullable() {
    return nullable ? new Attribute(id, name, dataType, false, qualifier) : this;
  }

  public Attribute withName(String newName) {
    return new Attribute(id, newName, dataType, nullable, qualifier);
  }
}
