package dev.ember.catalog;

import dev.ember.plan.command.SqlFunction;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session's temporary functions by name (case-insensitive, as Spark's function registry keys them): SQL functions
 * ({@code CREATE TEMPORARY FUNCTION}) and user-defined functions on the JVM ({@code spark.udf.register}), one name
 * space, as Spark's.
 */
public final class SqlFunctions {
  private final Map<String, SqlFunction> functions = new ConcurrentHashMap<>();
  private final Map<String, dev.ember.plan.usercode.ScalarUserFunction> userFunctions = new ConcurrentHashMap<>();
  private final Map<String, dev.ember.plan.usercode.FunctionBuilder> builders = new ConcurrentHashMap<>();
  private final Map<String, dev.ember.plan.usercode.TableUserFunction> tableFunctions = new ConcurrentHashMap<>();
  private final Map<String, dev.ember.plan.command.ClassFunction> classFunctions = new ConcurrentHashMap<>();

  /** Adds the function; false, leaving the existing one, when the name is taken and {@code replace} is false. */
  public boolean create(SqlFunction function, boolean replace) {
    if (replace) {
      userFunctions.remove(key(function.name()));
      builders.remove(key(function.name()));
      classFunctions.remove(key(function.name()));
      functions.put(key(function.name()), function);
      return true;
    }
    return !userFunctions.containsKey(key(function.name())) && !builders.containsKey(key(function.name()))
        && !classFunctions.containsKey(key(function.name()))
        && functions.putIfAbsent(key(function.name()), function) == null;
  }

  /** {@code CREATE TEMPORARY FUNCTION f AS 'class'}: replaces a function of that name (the caller checked it). */
  public void create(dev.ember.plan.command.ClassFunction function) {
    functions.remove(key(function.name()));
    userFunctions.remove(key(function.name()));
    builders.remove(key(function.name()));
    classFunctions.put(key(function.name()), function);
  }

  public Optional<dev.ember.plan.command.ClassFunction> classFunction(String name) {
    return Optional.ofNullable(classFunctions.get(key(name)));
  }

  /** Whether the session has a temporary function of this name, of any kind but a table function. */
  public boolean has(String name) {
    String key = key(name);
    return functions.containsKey(key) || userFunctions.containsKey(key) || builders.containsKey(key)
        || classFunctions.containsKey(key);
  }

  /** {@code spark.udf.register(name, udf)}: replaces a function of that name. */
  public void register(String name, dev.ember.plan.usercode.ScalarUserFunction function) {
    functions.remove(key(name));
    builders.remove(key(name));
    classFunctions.remove(key(name));
    userFunctions.put(key(name), function);
  }

  /** Spark's {@code createOrReplaceTempFunction(name, builder)}: replaces a function of that name. */
  public void register(String name, dev.ember.plan.usercode.FunctionBuilder builder) {
    functions.remove(key(name));
    userFunctions.remove(key(name));
    classFunctions.remove(key(name));
    builders.put(key(name), builder);
  }

  /** {@code spark.udtf.register(name, udtf)}: replaces a table function of that name (Spark keeps them apart). */
  public void register(String name, dev.ember.plan.usercode.TableUserFunction function) {
    tableFunctions.put(key(name), function);
  }

  public Optional<dev.ember.plan.usercode.TableUserFunction> tableFunction(String name) {
    return Optional.ofNullable(tableFunctions.get(key(name)));
  }

  public Optional<dev.ember.plan.usercode.FunctionBuilder> builder(String name) {
    return Optional.ofNullable(builders.get(key(name)));
  }

  public Optional<dev.ember.plan.usercode.ScalarUserFunction> userFunction(String name) {
    return Optional.ofNullable(userFunctions.get(key(name)));
  }

  public Optional<SqlFunction> get(String name) {
    return Optional.ofNullable(functions.get(key(name)));
  }

  public boolean drop(String name) {
    boolean user = userFunctions.remove(key(name)) != null | builders.remove(key(name)) != null
        | classFunctions.remove(key(name)) != null;
    return functions.remove(key(name)) != null || user;
  }

  public Set<String> names() {
    Set<String> names = new java.util.HashSet<>(functions.keySet());
    names.addAll(userFunctions.keySet());
    names.addAll(builders.keySet());
    names.addAll(classFunctions.keySet());
    return Set.copyOf(names);
  }

  public void copyFrom(SqlFunctions source) {
    functions.putAll(source.functions);
    userFunctions.putAll(source.userFunctions);
    builders.putAll(source.builders);
    tableFunctions.putAll(source.tableFunctions);
    classFunctions.putAll(source.classFunctions);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
