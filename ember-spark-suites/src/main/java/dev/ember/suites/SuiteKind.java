package dev.ember.suites;

import java.util.List;
import java.util.Optional;

/**
 * A kind of Spark suite that Ember runs: its results file (the same name under each engine's
 * results directory), its title in the report, and how its tests fall into groups.
 */
public enum SuiteKind {
  CONNECT_SUITES("connect-suites.tsv", "Spark Connect JVM client suites",
      "`spark-connect-client-jvm_2.13:4.2.0:tests` run unchanged with ScalaTest against a server; one row per suite."),
  SQL_GOLDENS("sql-goldens.tsv", "Spark SQL golden files",
      "`spark-sql_2.13:4.2.0:tests` `sql-tests/inputs` through `spark.sql`, compared with `sql-tests/results` as "
          + "`SQLQueryTestSuite` does; a test is one query; one row per directory of input files."),
  TPC_QUERIES("tpc-queries.tsv", "TPC-H and TPC-DS queries",
      "`spark-sql_2.13:4.2.0:tests` `tpch/`, `tpcds/`, `tpcds-v2.7.0/` queries through `spark.sql` on empty tables "
          + "(`TPCDSQueryTestSuite`'s check: the query analyzes and runs); one row per query set."),
  PYSPARK_DOCTESTS("pyspark-doctests.tsv", "PySpark doctests",
      "The examples in the docstrings of `pyspark.sql` (`pyspark-client` 4.2.0) run with pytest's doctest runner and "
          + "PySpark's option flags (`python/doctests/run.py`); a test is one docstring, which passes when every "
          + "example in it prints what the docstring says; one row per module.");

  private final String fileName;
  private final String title;
  private final String description;

  SuiteKind(String fileName, String title, String description) {
    this.fileName = fileName;
    this.title = title;
    this.description = description;
  }

  public String fileName() {
    return fileName;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  /** The kind whose results file has this name. */
  public static Optional<SuiteKind> ofFile(String fileName) {
    return List.of(values()).stream().filter(kind -> kind.fileName.equals(fileName)).findFirst();
  }

  /**
   * The group a suite belongs to in the summary table: the suite itself, or for SQL golden files
   * their directory ({@code sql/postgreSQL/int4.sql} → {@code postgreSQL/}; files at the top → {@code (top level)}).
   */
  public String group(String suite) {
    if (this != SQL_GOLDENS) {
      return suite;
    }
    String path = suite.startsWith("sql/") ? suite.substring("sql/".length()) : suite;
    int slash = path.indexOf('/');
    return slash < 0 ? "(top level)" : path.substring(0, slash + 1);
  }

  /** Whether the report also lists every suite of this kind (SQL files), below the groups. */
  public boolean listsSuites() {
    return this == SQL_GOLDENS;
  }
}
