package dev.ember.engine;

import dev.ember.plan.expressions.Literal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session's SQL variables ({@code DECLARE VARIABLE}, Spark's {@code system.session} schema): each name, as
 * declared, with its current value, typed as declared. Names compare case-insensitively.
 */
public final class SessionVariables {
  /** A variable: the name as declared, its value (whose type is the variable's) and its DEFAULT's value. */
  public record Variable(String name, Literal value, Literal defaultValue) {
  }

  private final Map<String, Variable> variables = new ConcurrentHashMap<>();

  public Optional<Variable> get(String name) {
    return Optional.ofNullable(variables.get(key(name)));
  }

  /** Declares the variable, its default value its first value. */
  public void put(String name, Literal value) {
    variables.put(key(name), new Variable(name, value, value));
  }

  /** A new value for an existing variable, which keeps the name it was declared with. */
  public void assign(String name, Literal value) {
    variables.computeIfPresent(key(name), (key, variable) -> new Variable(variable.name(), value, variable.defaultValue()));
  }

  /** Puts back a variable as it was (a SQL script's block ends and an outer declaration of its name returns). */
  public void restore(Variable variable) {
    variables.put(key(variable.name()), variable);
  }

  public boolean remove(String name) {
    return variables.remove(key(name)) != null;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
