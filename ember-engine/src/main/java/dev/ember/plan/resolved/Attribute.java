package dev.ember.plan.resolved;

import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A column produced by a plan node. {@code id} is unique within a query (Spark's exprId);
 * {@code qualifier} is the relation alias it can be addressed by ({@code t} in {@code t.id}). {@code declaredType}
 * is the type a table declared for a column of {@code CHAR(n)}/{@code VARCHAR(n)} (or holding one), whose values are
 * strings: Spark keeps it in the column's metadata, so that comparisons pad a char column and a table or view
 * created from the column declares the same type.
 */
public record Attribute(long id, String name, DataType dataType, boolean nullable, List<String> qualifier,
    Optional<DataType> declaredType) {
  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataType, "dataType");
    qualifier = List.copyOf(qualifier);
    Objects.requireNonNull(declaredType, "declaredType");
  }

  public Attribute(long id, String name, DataType dataType, boolean nullable, List<String> qualifier) {
    this(id, name, dataType, nullable, qualifier, Optional.empty());
  }

  public Attribute withQualifier(List<String> newQualifier) {
    return new Attribute(id, name, dataType, nullable, newQualifier, declaredType);
  }

  public Attribute asNullable() {
    return nullable ? this : new Attribute(id, name, dataType, true, qualifier, declaredType);
  }

  public Attribute asNotNullable() {
    return nullable ? new Attribute(id, name, dataType, false, qualifier, declaredType) : this;
  }

  public Attribute withName(String newName) {
    return new Attribute(id, newName, dataType, nullable, qualifier, declaredType);
  }

  public Attribute withDeclaredType(Optional<DataType> newDeclaredType) {
    return new Attribute(id, name, dataType, nullable, qualifier, newDeclaredType);
  }

  /** The type a table or view made from this column declares: the declared char/varchar type, else the value's. */
  public DataType schemaType() {
    return declaredType.orElse(dataType);
  }
}
