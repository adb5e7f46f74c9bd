package dev.ember.plan.command;

import java.util.List;
import java.util.Objects;

/**
 * A function of a JVM class ({@code CREATE [TEMPORARY] FUNCTION f AS 'class' [USING JAR 'uri', ...]}): the class is
 * loaded where the function is called, from the session's classes and the jars the statement lists, as Spark's
 * session catalog loads it. Spark (without Hive) runs such a class when it is a {@code UserDefinedAggregateFunction}.
 */
public record ClassFunction(String name, String className, List<String> jars) {
  public ClassFunction {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(className, "className");
    jars = List.copyOf(jars);
  }
}
