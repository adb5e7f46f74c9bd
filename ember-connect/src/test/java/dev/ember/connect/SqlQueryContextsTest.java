package dev.ember.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.origin.SqlOrigin;
import java.util.Map;
import org.apache.spark.connect.proto.FetchErrorDetailsResponse;
import org.junit.jupiter.api.Test;

/** Errors with a SQL query context, as Spark 4.2's server words and sends them (texts from real Spark). */
class SqlQueryContextsTest {
  private static final String TEXT = "SELECT id,\n  abs(10 / (id - id)) + 1 AS q FROM range(3)";
  /** {@code 10 / (id - id)}: characters 17 to 30, line 2, position 6 (0-based). */
  private static final SqlOrigin DIVISION = new SqlOrigin(TEXT, 17, 30, 2, 6, "", "");

  @Test
  void aRuntimeErrorEndsInTheSqlBlockWithTheFragmentUnderlined() {
    EmberException error = SparkErrors.divideByZero().withQueryContext(DIVISION);

    assertThat(SqlQueryContexts.message(error)).isEqualTo(SparkErrors.divideByZero().getMessage() + "\n"
        + "== SQL (line 2, position 7) ==\n"
        + "  abs(10 / (id - id)) + 1 AS q FROM range(3)\n"
        + "      ^^^^^^^^^^^^^^\n");
  }

  @Test
  void anAnalysisErrorEndsInItsLineAndPosition() {
    SqlOrigin column = new SqlOrigin("SELECT nope FROM range(3)", 7, 10, 1, 7, "", "");
    EmberException error = new EmberException(ErrorKind.ANALYSIS, "UNRESOLVED_COLUMN.WITH_SUGGESTION", "42703",
        "A column ...", Map.of()).withQueryContext(column);

    assertThat(SqlQueryContexts.message(error)).endsWith("SQLSTATE: 42703; line 1 pos 7");
  }

  @Test
  void fetchErrorDetailsListsTheContextWithTheViewItBelongsTo() {
    SqlOrigin inView = new SqlOrigin("SELECT id, 10 / (id - id) AS q FROM emp", 11, 24, 1, 11, "VIEW", "err_view");

    FetchErrorDetailsResponse.QueryContext context = SqlQueryContexts.proto(inView);

    assertThat(context.getContextType()).isEqualTo(FetchErrorDetailsResponse.QueryContext.ContextType.SQL);
    assertThat(context.getObjectType()).isEqualTo("VIEW");
    assertThat(context.getObjectName()).isEqualTo("err_view");
    assertThat(context.getStartIndex()).isEqualTo(11);
    assertThat(context.getStopIndex()).isEqualTo(24);
    assertThat(context.getFragment()).isEqualTo("10 / (id - id)");
    assertThat(context.getSummary()).startsWith("== SQL of VIEW err_view (line 1, position 12) ==\n");
  }

  @Test
  void anErrorWithoutContextKeepsItsMessage() {
    EmberException error = SparkErrors.divideByZero();

    assertThat(SqlQueryContexts.message(error)).isEqualTo(error.getMessage());
    assertThat(error.withoutQueryContext().withQueryContext(DIVISION).queryContext()).isEmpty();
  }
}
