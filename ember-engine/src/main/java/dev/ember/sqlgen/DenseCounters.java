package dev.ember.sqlgen;

import static dev.ember.sqlgen.Murmur3Sql.number;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;

/**
 * A list of cell numbers written as dense counters: for each cell 0..cells-1 how often it occurs,
 * as 16 hex digits (a big-endian long). The histogram's entries, sorted by cell, each write the
 * zero counters before them and their count, so the text grows with the cells, not cells x entries.
 */
final class DenseCounters {
  private static final String ENTRY = "e#";
  private static final String ORDINAL = "j#";

  private DenseCounters() {
  }

  /** A non-negative BIGINT as 16 hex digits. */
  static SqlExpression hex(SqlExpression value) {
    return SqlCall.of("lpad", SqlCall.of("hex", value), new SqlLiteral(16, AtomicType.INTEGER), text("0"));
  }

  /** The counters of {@code cellList} (a list of cell numbers, NULL for none): 16 hex digits a cell. */
  static SqlExpression counters(SqlExpression cellList, long cells) {
    SqlExpression entries = SqlCall.of("list_sort", SqlCall.of("map_entries",
        SqlCall.of("list_aggregate", cellList, text("histogram"))));
    SqlExpression dense = SqlLet.bind(entries, sorted -> {
      SqlExpression entry = new SqlColumn(ENTRY);
      SqlExpression previousEnd = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", new SqlColumn(ORDINAL),
          number(1)), number(0))), SqlOperator.infix("+", key(SqlCall.of("list_extract", sorted,
          SqlOperator.infix("-", new SqlColumn(ORDINAL), number(1)))), number(1)));
      SqlExpression each = SqlOperator.infix("||", zeros(SqlOperator.infix("-", key(entry), previousEnd)),
          hex(SqlCall.of("struct_extract", entry, text("value"))));
      SqlExpression written = SqlCall.of("array_to_string", SqlCall.of("list_transform", sorted,
          new SqlLambda(List.of(ENTRY, ORDINAL), each)), text(""));
      SqlExpression lastKey = key(SqlCall.of("list_extract", sorted, number(-1)));
      return SqlOperator.infix("||", written, zeros(SqlOperator.infix("-", number(cells - 1), lastKey)));
    });
    return SqlCall.of("coalesce", dense, zeros(number(cells)));
  }

  private static SqlExpression key(SqlExpression entry) {
    return SqlCall.of("struct_extract", entry, text("key"));
  }

  /** {@code count} zero counters. */
  private static SqlExpression zeros(SqlExpression count) {
    return SqlCall.of("repeat", text("0"), SqlOperator.infix("*", count, number(16)));
  }

  private static SqlLiteral text(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }
}
