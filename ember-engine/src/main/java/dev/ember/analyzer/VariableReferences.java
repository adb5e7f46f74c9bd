package dev.ember.analyzer;

import dev.ember.engine.SessionVariables;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.AtomicType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A name no column answers to, read as a session variable (Spark resolves variables after columns): {@code var},
 * {@code session.var} or {@code system.session.var}, then struct fields; the reference is the variable's current
 * value, a constant of its type, named as written.
 */
final class VariableReferences {
  static final VariableReferences NONE = new VariableReferences(new SessionVariables());
  /** How Spark names a variable inside an expression: {@code variablereference(system.session.v=1)}. */
  private static final String PREFIX = "variablereference(";

  private final SessionVariables variables;
  /** The parameters of the SQL function whose body is being resolved, by lower-case name: they win over variables. */
  private final java.util.function.Supplier<java.util.Map<String, BoundColumn>> parameters;
  /** A parameter qualified by its function's name ({@code f.p}), if the body of {@code f} is being resolved. */
  private final java.util.function.BiFunction<String, String, Optional<BoundColumn>> qualifiedParameter;

  VariableReferences(SessionVariables variables) {
    this(variables, java.util.Map::of, (function, parameter) -> Optional.empty());
  }

  VariableReferences(SessionVariables variables,
      java.util.function.Supplier<java.util.Map<String, BoundColumn>> parameters,
      java.util.function.BiFunction<String, String, Optional<BoundColumn>> qualifiedParameter) {
    this.variables = variables;
    this.parameters = parameters;
    this.qualifiedParameter = qualifiedParameter;
  }

  Optional<BoundColumn> resolve(List<String> nameParts, NameMatcher names) {
    java.util.Map<String, BoundColumn> current = parameters.get();
    if (current.containsKey(lower(nameParts.get(0)))) {
      BoundColumn parameter = current.get(lower(nameParts.get(0)));
      if (nameParts.size() == 1) {
        return Optional.of(parameter);
      }
      BoundExpression value = parameter.expression();
      for (String field : nameParts.subList(1, nameParts.size())) {
        value = value == null ? null : StructFields.access(value, field, names);
      }
      if (value != null) {
        return Optional.of(new BoundColumn(value, nameParts.get(nameParts.size() - 1)));
      }
    }
    if (nameParts.size() == 2) {
      Optional<BoundColumn> parameter = qualifiedParameter.apply(nameParts.get(0), nameParts.get(1));
      if (parameter.isPresent()) {
        return parameter;
      }
    }
    for (int qualifiers = Math.min(2, nameParts.size() - 1); qualifiers >= 0; qualifiers--) {
      if (!qualifiedBySession(nameParts.subList(0, qualifiers))) {
        continue;
      }
      Optional<SessionVariables.Variable> variable = variables.get(nameParts.get(qualifiers));
      if (variable.isEmpty()) {
        continue;
      }
      Literal constant = variable.get().value();
      BoundExpression value = constant;
      for (String field : nameParts.subList(qualifiers + 1, nameParts.size())) {
        value = value == null ? null : StructFields.access(value, field, names);
      }
      if (value != null) {
        String sql = constant.value() == null && constant.dataType() != AtomicType.NULL
            ? "CAST(NULL AS " + constant.dataType().sql() + ")" : LiteralNames.sql(constant);
        return Optional.of(new BoundColumn(value, PREFIX + "system.session." + variable.get().name() + "=" + sql + ")"
            + String.join("", nameParts.subList(qualifiers + 1, nameParts.size()).stream()
                .map(field -> "." + field).toList())));
      }
    }
    return Optional.empty();
  }

  /** The parameters of the SQL function whose body is being resolved, as columns (for UNRESOLVED_COLUMN's hints). */
  List<dev.ember.plan.resolved.Attribute> parameterColumns() {
    return parameters.get().values().stream().map(parameter -> new dev.ember.plan.resolved.Attribute(0,
        parameter.name(), parameter.expression().dataType(), true, List.of())).toList();
  }

  /** A variable standing alone in a select list is named as written ({@code SELECT var1} is {@code var1}). */
  static BoundColumn namedAsWritten(BoundColumn bound, dev.ember.plan.expressions.UnresolvedAttribute written) {
    return bound.name().startsWith(PREFIX)
        ? new BoundColumn(bound.expression(), written.nameParts().get(written.nameParts().size() - 1)) : bound;
  }

  private static boolean qualifiedBySession(List<String> qualifiers) {
    return switch (qualifiers.size()) {
      case 0 -> true;
      case 1 -> lower(qualifiers.get(0)).equals("session");
      default -> lower(qualifiers.get(0)).equals("system") && lower(qualifiers.get(1)).equals("session");
    };
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
