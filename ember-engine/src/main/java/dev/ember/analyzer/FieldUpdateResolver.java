package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.FieldUpdates;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.FieldAccess;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Column.withField} / {@code Column.dropFields} as Spark's UpdateFields. Updates applied one after another to
 * the same struct are one UpdateFields of several operations (named {@code update_fields(s, WithField(v),
 * dropfield())}); each replaces the fields its name matches (taking the new name) or appends one, or drops them. A
 * path {@code a.b} updates field {@code b} of field {@code a} of the struct as updated so far (read as
 * {@code s.a}: a missing or non-struct {@code a} is Spark's error). A NULL struct stays NULL; dropping every field is
 * CANNOT_DROP_ALL_FIELDS.
 */
final class FieldUpdateResolver {
  /** One operation: the field path and the new value (none: drop). */
  private record Operation(List<String> path, Optional<BoundColumn> value) {
  }

  private FieldUpdateResolver() {
  }

  static BoundColumn resolve(ExpressionResolver resolver, FieldUpdates.Update update, NameMatcher names) {
    List<FieldUpdates.Update> chain = new ArrayList<>();
    for (FieldUpdates.Update step = update; ; ) {
      chain.add(0, step);
      Optional<FieldUpdates.Update> inner = FieldUpdates.update(step.struct());
      if (inner.isEmpty()) {
        break;
      }
      step = inner.get();
    }
    BoundColumn struct = resolver.resolve(chain.get(0).struct());
    List<Operation> operations = chain.stream().map(step -> new Operation(
        step.path().isEmpty() ? List.of("") : Identifiers.parseAttributeName(step.path()),
        step.value().map(resolver::resolve))).toList();
    return apply(struct, operations, names);
  }

  private static BoundColumn apply(BoundColumn struct, List<Operation> operations, NameMatcher names) {
    List<String> labels = new ArrayList<>();
    for (Operation operation : operations) {
      labels.add(label(named(struct, labels), operation));
    }
    String name = named(struct, labels);
    if (!(struct.expression().dataType() instanceof StructType type)) {
      throw InputChecks.unexpectedType(name, "first", struct.name(), struct.expression().dataType(), "\"STRUCT\"");
    }
    List<StructField> fields = new ArrayList<>(type.fields());
    List<BoundExpression> values = new ArrayList<>();
    for (StructField field : type.fields()) {
      values.add(new FieldAccess(struct.expression(), field.name(), field.dataType(),
          struct.expression().nullable() || field.nullable()));
    }
    for (int index = 0; index < operations.size(); index++) {
      Operation operation = operations.get(index);
      String fieldName = operation.path().get(0);
      Optional<BoundExpression> value = operation.value().map(BoundColumn::expression);
      if (operation.path().size() > 1) {
        // the nested field of the struct as updated so far, updated in turn
        BoundColumn sofar = new BoundColumn(rebuilt(struct.expression(), fields, values),
            named(struct, labels.subList(0, index)));
        BoundColumn nested = ValueExtraction.resolve(sofar, new BoundColumn(Literal.of(fieldName), fieldName), names);
        value = Optional.of(apply(nested, List.of(new Operation(operation.path().subList(1, operation.path().size()),
            operation.value())), names).expression());
      }
      update(fields, values, fieldName, value, names);
    }
    if (fields.isEmpty()) {
      throw SparkErrors.dataTypeMismatch("CANNOT_DROP_ALL_FIELDS", "\"" + name + "\"",
          "Cannot drop all fields in struct.", Map.of());
    }
    return new BoundColumn(rebuilt(struct.expression(), fields, values), name);
  }

  /** Replaces every field of the name (appending one if none) with the value, or drops them when there is none. */
  private static void update(List<StructField> fields, List<BoundExpression> values, String name,
      Optional<BoundExpression> value, NameMatcher names) {
    boolean matched = false;
    for (int i = fields.size() - 1; i >= 0; i--) {
      if (names.same(fields.get(i).name(), name)) {
        matched = true;
        if (value.isPresent()) {
          fields.set(i, new StructField(name, value.get().dataType(), value.get().nullable()));
          values.set(i, value.get());
        } else {
          fields.remove(i);
          values.remove(i);
        }
      }
    }
    if (!matched && value.isPresent()) {
      fields.add(new StructField(name, value.get().dataType(), value.get().nullable()));
      values.add(value.get());
    }
  }

  /** The struct of these fields, NULL where the original struct is NULL. */
  private static BoundExpression rebuilt(BoundExpression struct, List<StructField> fields,
      List<BoundExpression> values) {
    StructType type = new StructType(List.copyOf(fields));
    BoundExpression rebuilt = new Call("struct", List.copyOf(values), type, false);
    if (!struct.nullable()) {
      return rebuilt;
    }
    BoundExpression isNull = new Call("is_null", List.of(struct), AtomicType.BOOLEAN, false);
    return new Call("case_when", List.of(isNull, Literal.nullOf(type), rebuilt), type, true);
  }

  /** {@code update_fields(s, op, ...)}, or the struct's own name before any operation. */
  private static String named(BoundColumn struct, List<String> labels) {
    return labels.isEmpty() ? struct.name() : "update_fields(" + struct.name() + ", " + String.join(", ", labels) + ")";
  }

  /** How Spark writes an operation: {@code WithField(value)} (a nested path's value is its own update) or dropfield(). */
  private static String label(String structName, Operation operation) {
    if (operation.path().size() > 1) {
      String nested = structName + "." + operation.path().get(0);
      return "WithField(" + "update_fields(" + nested + ", " + label(nested, new Operation(
          operation.path().subList(1, operation.path().size()), operation.value())) + "))";
    }
    return operation.value().map(value -> "WithField(" + value.name() + ")").orElse("dropfield()");
  }
}
