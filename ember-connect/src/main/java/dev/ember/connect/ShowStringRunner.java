package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.engine.show.CellFormatter;
import dev.ember.engine.show.ShowString;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.time.ZoneId;
import java.util.List;

/** {@code Dataset.show()}: the server renders the table text, as Spark's does. */
final class ShowStringRunner {
  static final StructType SCHEMA = new StructType(List.of(new StructField("show_string", AtomicType.STRING, false)));

  /** Spark caps the rows shown below its largest array ({@code ByteArrayMethods.MAX_ROUNDED_ARRAY_LENGTH - 1}). */
  private static final int MAX_ROWS = Integer.MAX_VALUE - 15 - 1;

  private ShowStringRunner() {
  }

  private static int shownRows(org.apache.spark.connect.proto.ShowString show) {
    return Math.min(Math.max(0, show.getNumRows()), MAX_ROWS);
  }

  /** The query a {@code show()} runs: the first rows of {@code input}, one more than shown (to know there are more). */
  static LogicalPlan rowsOf(org.apache.spark.connect.proto.ShowString show, LogicalPlan input) {
    return new dev.ember.plan.logical.Limit(input, shownRows(show) + 1);
  }

  /** Renders the rows of {@code query}, the prepared {@link #rowsOf} of the show's input. */
  static QueryResult run(EngineSession session, String operationId,
      org.apache.spark.connect.proto.ShowString show, QueryRunner.PreparedQuery query) {
    int numRows = shownRows(show);
    QueryResult rows = QueryRunner.run(session, operationId, query);
    String text = ShowString.render(rows.schema(), rows.rows(), numRows, show.getTruncate(), show.getVertical(),
        new CellFormatter(ZoneId.of(session.conf().timeZone())));
    return new QueryResult(SCHEMA, List.<Object[]>of(new Object[] {text}));
  }
}
