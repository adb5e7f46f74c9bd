package dev.ember.conformance;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A file of conformance cases on one topic. Subclasses call {@link #query}, {@link #unordered},
 * {@link #show} and {@link #check} from their constructor.
 */
public abstract class CaseGroup {
  /** Builds the DataFrame a case observes; may throw like any Spark code. */
  @FunctionalInterface
  public interface DataFrameQuery {
    Dataset<?> apply(SparkSession spark) throws Exception;
  }

  private final String name;
  private final boolean recordsQueryContext;
  private final List<ConformanceCase> cases = new ArrayList<>();

  protected CaseGroup(String name) {
    this(name, false);
  }

  /**
   * A group whose errors also record what {@link ErrorDescription#describeWithQueryContext} adds: the SQL query
   * context ({@code getQueryContext()}) and a parse error's message. Groups of SQL text opt in; the others keep
   * the error sections their goldens were generated with.
   */
  protected CaseGroup(String name, boolean recordsQueryContext) {
    this.name = name;
    this.recordsQueryContext = recordsQueryContext;
  }

  public String name() {
    return name;
  }

  public List<ConformanceCase> cases() {
    return List.copyOf(cases);
  }

  /** Records the schema, the rows in order and the default {@code show()} text of a DataFrame. */
  protected void query(String caseName, DataFrameQuery query) {
    check(caseName, (spark, outcome) -> outcome.dataset(query.apply(spark).toDF()));
  }

  /** Like {@link #query} for results whose row order Spark does not define: rows are compared sorted. */
  protected void unordered(String caseName, DataFrameQuery query) {
    check(caseName, (spark, outcome) -> outcome.unorderedDataset(query.apply(spark).toDF()));
  }

  /** Records {@code show(numRows, truncate, vertical)} text only. */
  protected void show(String caseName, int numRows, int truncate, boolean vertical,
      DataFrameQuery query) {
    check(caseName, (spark, outcome) -> outcome.show(query.apply(spark).toDF(), numRows, truncate, vertical));
  }

  /**
   * Records a failing query's error condition and parameters without its SQLSTATE: for Spark's legacy errors,
   * which have none in classic Spark and which the Spark Connect client reports as XXKCM for any server.
   */
  protected void legacyError(String caseName, DataFrameQuery query) {
    failure(caseName, query, "parameters",
        thrown -> String.valueOf(new java.util.TreeMap<>(thrown.getMessageParameters())));
  }

  /**
   * Records a failing query's error condition and SQLSTATE alone: for errors whose parameters carry Spark's
   * expression ids ({@code sum(x#684)}), which no other engine reproduces.
   */
  protected void conditionOnly(String caseName, DataFrameQuery query) {
    failure(caseName, query, "sqlState", thrown -> String.valueOf(thrown.getSqlState()));
  }

  private void failure(String caseName, DataFrameQuery query, String detailName,
      java.util.function.Function<org.apache.spark.SparkThrowable, String> detail) {
    check(caseName, (spark, outcome) -> {
      try {
        query.apply(spark).toDF().collectAsList();
        outcome.value("error", "none");
      } catch (Exception error) {
        org.apache.spark.SparkThrowable thrown = (org.apache.spark.SparkThrowable) error;
        outcome.value("condition", thrown.getCondition());
        outcome.value(detailName, detail.apply(thrown));
      }
    });
  }

  /** A case with its own observations. */
  /** Runs the query with one conf set, and restores the default afterwards. */
  protected void withConf(String name, String key, String value, java.util.function.Function<
      org.apache.spark.sql.SparkSession, org.apache.spark.sql.Dataset<org.apache.spark.sql.Row>> query) {
    CaseBody body = (spark, outcome) -> {
      spark.conf().set(key, value);
      try {
        outcome.dataset(query.apply(spark));
      } finally {
        spark.conf().unset(key);
      }
    };
    check(name, body);
  }

  protected void check(String caseName, CaseBody body) {
    cases.add(new ConformanceCase(name, caseName, recordsQueryContext ? withQueryContext(body) : body));
  }

  private static CaseBody withQueryContext(CaseBody body) {
    return (spark, outcome) -> {
      try {
        body.run(spark, outcome);
      } catch (Exception failure) {
        outcome.record("error", ErrorDescription.describeWithQueryContext(failure));
      }
    };
  }
}
