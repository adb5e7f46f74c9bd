package dev.ember.sqlgen;

import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlIgnoreNulls;
import java.util.List;
import java.util.Map;

/**
 * DuckDB renderings of Spark's window functions, without their OVER clause ({@link WindowToSql}
 * adds it). DuckDB's ranks are BIGINT where Spark's are INT.
 */
final class WindowRenderers {
  private WindowRenderers() {
  }

  static void register(Map<String, FunctionRenderers.Renderer> renderers) {
    for (String ranking : List.of("row_number", "rank", "dense_rank", "ntile")) {
      renderers.put(ranking, (call, args) -> new SqlCast(new SqlCall(ranking, args, false), "INTEGER", false));
    }
    for (String distribution : List.of("percent_rank", "cume_dist")) {
      renderers.put(distribution, (call, args) -> new SqlCall(distribution, args, false));
    }
    for (String function : List.of("lag", "lead", "nth_value")) {
      renderers.put(function, (call, args) -> new SqlCall(function, args, false));
      renderers.put(function + "_ignore_nulls", (call, args) -> new SqlIgnoreNulls(new SqlCall(function, args, false)));
    }
  }
}
