package dev.ember.sqlgen.tree;

import java.util.List;

/** What a SELECT reads from. */
public sealed interface SqlFrom {
  /** {@code (SELECT ...) AS alias}. */
  record Subquery(SqlSelect query, String alias) implements SqlFrom {
  }

  /** {@code name(arguments) AS alias(columns)}, e.g. DuckDB's {@code range}. */
  record TableFunction(String name, List<SqlExpression> arguments, List<NamedArgument> namedArguments,
      String alias, List<String> columns) implements SqlFrom {
    public TableFunction {
      arguments = List.copyOf(arguments);
      namedArguments = List.copyOf(namedArguments);
      columns = List.copyOf(columns);
    }
  }

  /** {@code name = value} in a table function call, e.g. {@code header = true}. */
  record NamedArgument(String name, SqlExpression value) {
  }

  /** {@code unnest(list) WITH ORDINALITY AS alias(value, ordinal)}: a list's elements and their 1-based positions. */
  record Unnest(SqlExpression list, String alias, String valueColumn, String ordinalColumn) implements SqlFrom {
  }

  /** {@code (VALUES (...), ...) AS alias(columns)}; at least one row. */
  record Values(List<List<SqlExpression>> rows, String alias, List<String> columns) implements SqlFrom {
    public Values {
      rows = rows.stream().map(List::copyOf).toList();
      columns = List.copyOf(columns);
    }
  }

  /** {@code left <kind> JOIN right ON condition}. */
  record Join(SqlFrom left, JoinKind kind, SqlFrom right, SqlExpression condition) implements SqlFrom {
  }

  /** DuckDB's join kinds; SEMI and ANTI output the left side only. */
  enum JoinKind { INNER, LEFT, RIGHT, FULL, SEMI, ANTI }

  /** {@code ((first) UNION [ALL] (second) UNION [ALL] …) AS alias}, likewise INTERSECT and EXCEPT. */
  record SetOperation(List<SqlSelect> sides, SetOperator operator, boolean all, String alias) implements SqlFrom {
    public SetOperation {
      sides = List.copyOf(sides);
    }
  }

  enum SetOperator { UNION, INTERSECT, EXCEPT }

  /** A table by name. */
  /**
   * {@code (WITH RECURSIVE name(columns) AS ((anchor) UNION ALL (step)) SELECT * FROM name) AS alias}: a recursive
   * CTE read where it stands; {@code step} reads {@code name}, the rows the previous level added.
   */
  record Recursive(String name, List<String> columns, SqlSelect anchor, SqlSelect step, String alias)
      implements SqlFrom {
    public Recursive {
      columns = List.copyOf(columns);
    }
  }

  record Table(String name, String alias) implements SqlFrom {
  }

  /** No FROM clause (a one-row SELECT). */
  record None() implements SqlFrom {
  }
}
