package dev.ember.engine;

import dev.ember.plan.usercode.RowFunction;
import java.util.List;
import java.util.function.Supplier;

/**
 * A generated DuckDB statement and the values of its {@code ?} parameters, in order: a value too large to be
 * written into the text (a long {@code isin} list) is bound instead, so that DuckDB neither parses it nor folds
 * it into its plan. {@code stages} are the tables user code fills for the statement before it runs;
 * {@code userFunctions} the user functions it calls, registered in DuckDB before it runs, each call passing
 * {@code userCallTag} last, by which a call knows the statement it runs for ({@link UserFunctionCalls}).
 * {@code exactSums}, when not null, generates the same query with its sums of wide decimals in their exact form, run
 * when DuckDB's own sum fails past 38 digits (the exact form names the value, as Spark does); generated only then.
 * {@code runsAgain}: the statement is kept to run again as it is (a reused plan's), so DuckDB's prepared statement is
 * kept for it too ({@link KeptStatements}).
 */
public record QueryText(String sql, List<String> parameters, List<UserCodeStage> stages,
    List<RowFunction> userFunctions, String userCallTag, Supplier<QueryText> exactSums, boolean runsAgain) {
  public QueryText {
    parameters = List.copyOf(parameters);
    stages = List.copyOf(stages);
    userFunctions = List.copyOf(userFunctions);
  }

  public QueryText(String sql, List<String> parameters, List<UserCodeStage> stages, List<RowFunction> userFunctions,
      String userCallTag) {
    this(sql, parameters, stages, userFunctions, userCallTag, null, false);
  }

  /** The same statement, kept to run again as it is: DuckDB's prepared statement is kept for it. */
  public QueryText runningAgain() {
    return new QueryText(sql, parameters, stages, userFunctions, userCallTag, exactSums, true);
  }

  public QueryText(String sql, List<String> parameters) {
    this(sql, parameters, List.of(), List.of(), "");
  }

  /** A statement without parameters. */
  public static QueryText of(String sql) {
    return new QueryText(sql, List.of());
  }

  /** The same parameters, stages and functions around other text (e.g. {@code CREATE TABLE t AS} the query). */
  public QueryText around(String before, String after) {
    return new QueryText(before + sql + after, parameters, stages, userFunctions, userCallTag,
        exactSums == null ? null : () -> exactSums.get().around(before, after), false);
  }

  /** The same statement with user code stages to run first. */
  public QueryText withStages(List<UserCodeStage> newStages) {
    return new QueryText(sql, parameters, newStages, userFunctions, userCallTag, newStages.isEmpty() ? exactSums : null,
        false);
  }

  /** A new tag for a statement's user function calls. */
  public static String newUserCallTag() {
    return UserFunctionCalls.newTag();
  }

  /** The same statement calling these user functions, each call passing {@code tag} last. */
  public QueryText withUserFunctions(List<RowFunction> functions, String tag) {
    return new QueryText(sql, parameters, stages, functions, tag, functions.isEmpty() ? exactSums : null, false);
  }

  /** The same statement, with {@code exact} generating what runs when DuckDB's sum of wide decimals fails. */
  public QueryText withExactSums(Supplier<QueryText> exact) {
    return new QueryText(sql, parameters, stages, userFunctions, userCallTag, exact, runsAgain);
  }
}
