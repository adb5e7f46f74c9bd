package dev.ember.cli.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Completes SQL keywords, and the session catalog's databases, tables and views, their columns and functions
 * (SHOW DATABASES, SHOW TABLES, SHOW FUNCTIONS, each table's schema), read on the first TAB and again after
 * each statement ran ({@link #refresh()}), since a statement may create or drop any of them.
 */
final class SqlCompleter implements Completer {
  private static final int MOST_TABLES_WITH_COLUMNS = 50;
  private static final List<String> KEYWORDS = List.of("ADD", "ALL", "ALTER", "ANALYZE", "AND", "ANTI", "ANY",
      "ARRAY", "AS", "ASC", "BETWEEN", "BIGINT", "BINARY", "BOOLEAN", "BY", "CACHE", "CASE", "CAST", "CATALOG",
      "COLUMN", "COLUMNS", "COMMENT", "CREATE", "CROSS", "CUBE", "CURRENT", "DATABASE", "DATABASES", "DATE",
      "DECIMAL", "DELETE", "DESC", "DESCRIBE", "DISTINCT", "DOUBLE", "DROP", "ELSE", "END", "EXCEPT", "EXISTS",
      "EXPLAIN", "EXTENDED", "FALSE", "FILTER", "FIRST", "FLOAT", "FOLLOWING", "FOR", "FORMATTED", "FROM", "FULL",
      "FUNCTION", "FUNCTIONS", "GROUP", "GROUPING", "HAVING", "IF", "IN", "INNER", "INSERT", "INT", "INTERSECT",
      "INTERVAL", "INTO", "IS", "JOIN", "LAST", "LATERAL", "LEFT", "LIKE", "LIMIT", "LOCATION", "MAP", "MERGE",
      "MINUS", "NATURAL", "NOT", "NULL", "NULLS", "OFFSET", "ON", "OPTIONS", "OR", "ORDER", "OUTER", "OVER",
      "OVERWRITE", "PARTITION", "PARTITIONED", "PIVOT", "PRECEDING", "QUALIFY", "QUERY", "RANGE", "RECURSIVE",
      "RENAME", "REPLACE", "RESET", "RIGHT", "ROLLUP", "ROW", "ROWS", "SCHEMA", "SCHEMAS", "SELECT", "SEMI", "SET",
      "SETS", "SHOW", "SMALLINT", "STRING", "STRUCT", "TABLE", "TABLES", "TABLESAMPLE", "TBLPROPERTIES",
      "TEMPORARY", "THEN", "TIMESTAMP", "TINYINT", "TO", "TRUE", "TRUNCATE", "UNBOUNDED", "UNCACHE", "UNION",
      "UNPIVOT", "UPDATE", "USE", "USING", "VALUES", "VIEW", "VIEWS", "WHEN", "WHERE", "WINDOW", "WITH");

  private final SparkSession spark;
  private volatile List<Candidate> catalog;

  SqlCompleter(SparkSession spark) {
    this.spark = spark;
  }

  /** Forgets the catalog's names: the next TAB reads them again. */
  void refresh() {
    catalog = null;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    boolean lower = !line.word().isEmpty() && Character.isLowerCase(line.word().charAt(0));
    for (String keyword : KEYWORDS) {
      String text = lower ? keyword.toLowerCase(Locale.ROOT) : keyword;
      candidates.add(new Candidate(text, text, "keyword", null, null, null, true));
    }
    List<Candidate> names = catalog;
    if (names == null) {
      names = readCatalog();
      catalog = names;
    }
    candidates.addAll(names);
  }

  private List<Candidate> readCatalog() {
    List<Candidate> names = new ArrayList<>();
    for (String database : column("SHOW DATABASES", 0)) {
      names.add(new Candidate(database, database, "database", null, null, null, true));
    }
    List<String> tables = column("SHOW TABLES", 1);
    Set<String> columns = new LinkedHashSet<>();
    for (String table : tables) {
      names.add(new Candidate(table, table, "table", null, null, null, true));
    }
    for (String table : tables.subList(0, Math.min(tables.size(), MOST_TABLES_WITH_COLUMNS))) {
      try {
        columns.addAll(List.of(spark.table(quoted(table)).schema().fieldNames()));
      } catch (Exception unreadable) {
        // a view that no longer resolves has no columns to offer
      }
    }
    for (String column : columns) {
      names.add(new Candidate(column, column, "column", null, null, null, true));
    }
    for (String function : column("SHOW FUNCTIONS", 0)) {
      if (function.matches("[a-z_][a-z0-9_]*")) {
        names.add(new Candidate(function + "(", function, "function", null, null, null, false));
      }
    }
    return names;
  }

  /** One column of a statement's rows; none when the catalog cannot be read (e.g. the server is gone). */
  private List<String> column(String statement, int index) {
    List<String> values = new ArrayList<>();
    try {
      for (Row row : spark.sql(statement).collectAsList()) {
        values.add(row.getString(index));
      }
    } catch (Exception unavailable) {
      // completion offers what it could read
    }
    return values;
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
