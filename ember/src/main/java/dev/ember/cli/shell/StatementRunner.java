package dev.ember.cli.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connect.client.SparkResult;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.util.CloseableIterator;
import org.apache.spark.sql.types.StructType;

/**
 * Runs one statement and prints its result as {@code spark-sql} does: the rows on {@code out}, then
 * {@code Time taken: S seconds[, Fetched N row(s)]} on {@code err}; a failure prints Spark's message (with its
 * error class and SQLSTATE) on {@code err} instead. SHOW TABLES and SHOW VIEWS print the names only and DESCRIBE
 * pads its three columns to 20 characters, as spark-sql (Spark's {@code HiveResult}).
 */
public final class StatementRunner {
  /** What show() draws of a result without columns (a command's): nothing is printed for it. */
  private static final String NO_COLUMNS_TABLE = "++\n||\n++\n++\n";

  private final SparkSession spark;
  private final PrintStream out;
  private final PrintStream err;
  private final OutputFormat format;
  private final boolean header;

  public StatementRunner(SparkSession spark, PrintStream out, PrintStream err, OutputFormat format, boolean header) {
    this.spark = spark;
    this.out = out;
    this.err = err;
    this.format = format;
    this.header = header;
  }

  /** Runs the statement; 0 when it succeeded, 1 when it failed. */
  public int run(String statement) {
    return run(statement, () -> { });
  }

  /** Runs the statement, calling {@code beforeOutput} once its first output is ready (it clears a status line). */
  public int run(String statement, Runnable beforeOutput) {
    long start = System.nanoTime();
    long rows;
    try {
      Dataset<Row> result = spark.sql(statement);
      rows = format == OutputFormat.TABLE ? printTable(result, beforeOutput) : print(statement, result, beforeOutput);
    } catch (Exception failure) {
      beforeOutput.run();
      err.println(message(failure));
      err.flush();
      return 1;
    }
    out.flush();
    double seconds = (System.nanoTime() - start) / 1_000_000 / 1000.0;
    err.println("Time taken: " + seconds + " seconds" + (rows != 0 ? ", Fetched " + rows + " row(s)" : ""));
    err.flush();
    return 0;
  }

  /** Runs a statement whose result is not printed (the shell's own USE); 0, or 1 after printing its failure. */
  public int runQuietly(String statement) {
    try {
      spark.sql(statement).collectAsList();
      return 0;
    } catch (Exception failure) {
      err.println(message(failure));
      return 1;
    }
  }

  /** Cancels what runs in this session (Ctrl-C). */
  public void cancel() {
    spark.interruptAll();
  }

  static String message(Throwable failure) {
    if (failure instanceof SparkThrowable || failure.getMessage() != null) {
      return failure.getMessage();
    }
    return failure.toString();
  }

  private long print(String statement, Dataset<Row> result, Runnable beforeOutput) throws Exception {
    SparkResult<Row> rows = ((org.apache.spark.sql.connect.Dataset<Row>) result).collectResult();
    try {
      StructType schema = rows.schema();
      Shape shape = Shape.of(statement, schema);
      HiveText hive = new HiveText(zone(schema));
      JsonText json = new JsonText(hive);
      long count = 0;
      try (CloseableIterator<Row> iterator = rows.iterator()) {
        // the first rows (or the end) are there: the query has run
        boolean more = iterator.hasNext();
        beforeOutput.run();
        if (schema.fields().length == 0) {
          // a command without a result (CREATE, INSERT, ...) prints nothing
        } else if (format == OutputFormat.CSV) {
          out.println(csvHeader(schema));
        } else if (header && format == OutputFormat.TSV && shape == Shape.ROWS) {
          out.println(String.join("\t", schema.fieldNames()));
        }
        while (more) {
          Row row = iterator.next();
          count++;
          out.println(switch (format) {
            case CSV -> csvLine(row, schema, hive);
            case JSON -> json.object(row, schema);
            default -> shape.line(row, schema, hive);
          });
          more = iterator.hasNext();
        }
      }
      return count;
    } finally {
      rows.close();
    }
  }

  private long printTable(Dataset<Row> result, Runnable beforeOutput) {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    scala.Console$.MODULE$.withOut(shown, (scala.Function0<Object>) () -> {
      result.show(Integer.MAX_VALUE - 1, true);
      return null;
    });
    String text = shown.toString(StandardCharsets.UTF_8);
    beforeOutput.run();
    if (!text.equals(NO_COLUMNS_TABLE)) {
      out.print(text);
    }
    // a border line, the header, a border line, the rows, a border line
    return Math.max(0, text.lines().count() - 4);
  }

  private ZoneId zone(StructType schema) {
    for (StructField field : schema.fields()) {
      if (field.dataType().json().contains("timestamp")) {
        return ZoneId.of(spark.conf().get("spark.sql.session.timeZone"));
      }
    }
    return ZoneId.systemDefault();
  }

  private static String csvHeader(StructType schema) {
    StringBuilder line = new StringBuilder();
    for (String name : schema.fieldNames()) {
      line.append(line.length() == 0 ? "" : ",").append(csvField(name));
    }
    return line.toString();
  }

  private static String csvLine(Row row, StructType schema, HiveText hive) {
    StringBuilder line = new StringBuilder();
    StructField[] fields = schema.fields();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      if (!row.isNullAt(i)) {
        line.append(csvField(hive.text(row.get(i), fields[i].dataType(), false)));
      }
    }
    return line.toString();
  }

  private static String csvField(String text) {
    if (text.isEmpty() || text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /** What spark-sql prints of a result: its rows, or the names of SHOW TABLES/VIEWS, or DESCRIBE's padded lines. */
  private enum Shape {
    ROWS, NAMES, DESCRIPTION;

    static Shape of(String statement, StructType schema) {
      String first = statement.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
      String[] names = schema.fieldNames();
      if (first.equals("SHOW") && names.length == 3 && names[0].equals("namespace")
          && (names[1].equals("tableName") || names[1].equals("viewName")) && names[2].equals("isTemporary")) {
        return NAMES;
      }
      if ((first.equals("DESC") || first.equals("DESCRIBE")) && names.length == 3 && names[0].equals("col_name")
          && names[1].equals("data_type") && names[2].equals("comment")) {
        return DESCRIPTION;
      }
      return ROWS;
    }

    String line(Row row, StructType schema, HiveText hive) {
      return switch (this) {
        case NAMES -> row.getString(1);
        case DESCRIPTION -> String.format("%-20s\t%-20s\t%-20s", row.getString(0), row.getString(1),
            row.isNullAt(2) ? "" : row.getString(2));
        default -> hive.line(row, schema);
      };
    }
  }
}
