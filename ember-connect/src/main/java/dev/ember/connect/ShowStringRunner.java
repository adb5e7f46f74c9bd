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

  static QueryResult run(EngineSession session, String operationId,
      org.apache.spark.connect.proto.ShowString show, LogicalPlan input) {
    int numRows = Math.min(Math.max(0, show.getNumRows()), MAX_ROWS);
    QueryResult rows = QueryRunner.runLimited(session, operationId, input, numRows + 1);
    String text = ShowString.render(rows.schema(), rows.rows(), numRows, show.getTruncate(), show.getVertical(),
        new CellFormatter(ZoneId.of(session.conf().timeZone())));
    return new QueryResult(SCHEMA, List.<Object[]>of(new Object[] {text}));
  }
}
