package dev.ember.connect;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.apache.spark.connect.proto.Origin;
import org.apache.spark.connect.proto.Plan;
import org.apache.spark.connect.proto.Relation;
import org.apache.spark.connect.proto.StackTraceElement;
import org.sparkproject.com.google.protobuf.Descriptors;
import org.sparkproject.com.google.protobuf.Message;

/**
 * What a recorded operation is and where the client's code built it: the JVM client sends, with each expression,
 * the stack of the call that made it ({@code origin.jvm_origin}), PySpark its call site ({@code python_origin}); the
 * first frame outside Spark, Scala and the JDK is the user's line, as Spark's UI names a job by its call site.
 */
final class CallSites {
  /** Plans deeper than this are not searched further (the call site is a courtesy, not worth a long walk). */
  private static final int MAX_MESSAGES = 100_000;

  private CallSites() {
  }

  /** The user's code that built the plan, if any of its origins tells. */
  static Optional<String> of(Plan plan) {
    Deque<Message> pending = new ArrayDeque<>();
    pending.push(plan);
    int seen = 0;
    while (!pending.isEmpty() && seen++ < MAX_MESSAGES) {
      Message message = pending.pop();
      if (message instanceof Origin origin) {
        Optional<String> site = of(origin);
        if (site.isPresent()) {
          return site;
        }
        continue;
      }
      for (var field : message.getAllFields().entrySet()) {
        if (field.getKey().getJavaType() != Descriptors.FieldDescriptor.JavaType.MESSAGE) {
          continue;
        }
        if (field.getKey().isRepeated()) {
          java.util.List<?> values = (java.util.List<?>) field.getValue();
          for (int i = values.size() - 1; i >= 0; i--) {
            pending.push((Message) values.get(i));
          }
        } else {
          pending.push((Message) field.getValue());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> of(Origin origin) {
    if (origin.hasPythonOrigin()) {
      String site = origin.getPythonOrigin().getCallSite();
      return site.isEmpty() ? Optional.empty() : Optional.of(site);
    }
    for (StackTraceElement frame : origin.getJvmOrigin().getStackTraceList()) {
      String type = frame.getDeclaringClass();
      if (!type.startsWith("org.apache.spark.") && !type.startsWith("scala.") && !type.startsWith("java.")
          && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
        return Optional.of(type + "." + frame.getMethodName() + "(" + frame.getFileName()
            + ":" + frame.getLineNumber() + ")");
      }
    }
    return Optional.empty();
  }

  /** What the client asked for: the SQL text of {@code spark.sql}, else the relation's or command's kind. */
  static String description(Plan plan) {
    if (plan.hasCommand()) {
      var command = plan.getCommand();
      if (command.hasSqlCommand()) {
        var sql = command.getSqlCommand();
        String text = sql.hasInput() && sql.getInput().hasSql() ? sql.getInput().getSql().getQuery() : sql.getSql();
        return "spark.sql: " + text;
      }
      return "command " + command.getCommandTypeCase().name().toLowerCase(java.util.Locale.ROOT);
    }
    Relation relation = plan.getRoot();
    String kind = relation.getRelTypeCase().name().toLowerCase(java.util.Locale.ROOT);
    Relation inner = relation.hasShowString() ? relation.getShowString().getInput() : relation;
    while (inner.hasWithRelations()) {
      inner = inner.getWithRelations().getRoot();
    }
    return inner.hasSql() ? kind + ": " + inner.getSql().getQuery() : kind;
  }
}
