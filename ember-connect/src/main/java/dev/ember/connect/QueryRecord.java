package dev.ember.connect;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One operation ({@code ExecutePlan}) as a server's tools show it: who ran it and from where, what it planned, the
 * DuckDB statements it ran with their profiles, and how it ended. Written by the thread running the operation, read
 * by any.
 */
public final class QueryRecord {
  /** Where an operation is. */
  public enum Status { RUNNING, SUCCEEDED, FAILED, CANCELLED }

  private final String operationId;
  private final String sessionId;
  private final String userId;
  private final String sessionKey;
  private final long startMillis;
  private final String description;
  private final Optional<String> callSite;
  private final List<String> tags;
  private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();
  private volatile Optional<String> sparkPlan = Optional.empty();
  private volatile Optional<String> duckDbSql = Optional.empty();
  private volatile long rows;
  private volatile long endMillis;
  private volatile Status status = Status.RUNNING;
  private volatile Optional<String> error = Optional.empty();

  QueryRecord(String operationId, SessionKey session, long startMillis, String description, Optional<String> callSite,
      List<String> tags) {
    this.operationId = operationId;
    this.sessionId = session.sessionId();
    this.userId = session.userId();
    this.sessionKey = session.id();
    this.startMillis = startMillis;
    this.description = description;
    this.callSite = callSite;
    this.tags = List.copyOf(tags);
  }

  public String operationId() {
    return operationId;
  }

  public String sessionId() {
    return sessionId;
  }

  public String userId() {
    return userId;
  }

  String sessionKey() {
    return sessionKey;
  }

  public long startMillis() {
    return startMillis;
  }

  /** What the client asked for: the SQL text of {@code spark.sql}, else the kind of relation or command. */
  public String description() {
    return description;
  }

  /** The client's code that built the query (the first frame of its own in the plan's origins), when it sent one. */
  public Optional<String> callSite() {
    return callSite;
  }

  /** The operation's tags ({@code spark.addTag}). */
  public List<String> tags() {
    return tags;
  }

  /** The analyzed plan as Spark's {@code explain} prints it, once the query is planned. */
  public Optional<String> sparkPlan() {
    return sparkPlan;
  }

  /** The DuckDB SQL Ember generated for the query, laid out, once it is planned. */
  public Optional<String> duckDbSql() {
    return duckDbSql;
  }

  /** The DuckDB statements run so far, in order, with their profiles. */
  public List<ExecutedStatement> statements() {
    return List.copyOf(statements);
  }

  /** Rows sent to the client so far. */
  public long rows() {
    return rows;
  }

  public Status status() {
    return status;
  }

  /** The time it ran, until now while it runs. */
  public long durationMillis() {
    return (status == Status.RUNNING ? System.currentTimeMillis() : endMillis) - startMillis;
  }

  /** The error it failed with ({@code ERROR_CLASS: message}). */
  public Optional<String> error() {
    return error;
  }

  void planned(String plan, String sql) {
    sparkPlan = Optional.of(plan);
    duckDbSql = Optional.of(sql);
  }

  void executed(ExecutedStatement statement) {
    statements.add(statement);
  }

  void sent(long rowCount) {
    rows += rowCount;
  }

  void succeeded() {
    end(Status.SUCCEEDED, Optional.empty());
  }

  void failed(Throwable failure) {
    String text = failure instanceof dev.ember.plan.errors.EmberException ember && ember.hasErrorClass()
        ? ember.errorClass() + ": " + failure.getMessage()
        : String.valueOf(failure.getMessage());
    boolean cancelled = failure instanceof dev.ember.plan.errors.EmberException ember && ember.hasErrorClass()
        && (ember.errorClass().equals("OPERATION_CANCELED") || ember.errorClass().equals("SPARK_JOB_CANCELLED"));
    end(cancelled ? Status.CANCELLED : Status.FAILED, Optional.of(text));
  }

  private void end(Status ended, Optional<String> failure) {
    endMillis = System.currentTimeMillis();
    error = failure;
    status = ended;
  }
}
