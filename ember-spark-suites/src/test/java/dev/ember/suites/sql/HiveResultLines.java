package dev.ember.suites.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A query's answer as {@code HiveResult.hiveResultString} writes it, then normalized as
 * {@code SQLQueryTestHelper.replaceNotIncludedMsg} does: DESCRIBE rows padded to 20 characters a
 * column, SHOW TABLES and SHOW VIEWS reduced to the names, other rows through {@link HiveResultText};
 * expression ids, plan ids, locations, owners and times masked.
 */
final class HiveResultLines {
  private static final String NOT_INCLUDED = "[not included in comparison]";
  private static final List<String> DESCRIBE_COLUMNS = List.of("col_name", "data_type", "comment");
  private static final List<String> SHOW_TABLES_COLUMNS = List.of("namespace", "tableName", "isTemporary");
  private static final List<String> SHOW_VIEWS_COLUMNS = List.of("namespace", "viewName", "isTemporary");
  /** Spark masks paths below its suite's class name; here below the server's warehouse directory. */
  private static final String WAREHOUSE = "warehouse[^/\\s,]*";
  private static final List<Masking> MASKS = List.of(
      new Masking("#\\d+", "#x"),
      new Masking("plan_id=\\d+", "plan_id=x"),
      new Masking("Location.*" + WAREHOUSE + "/", "Location " + NOT_INCLUDED + "/{warehouse_dir}/"),
      new Masking("file:[^\\s,]*" + WAREHOUSE, "file:" + NOT_INCLUDED + "/{warehouse_dir}"),
      new Masking("Created By.*", "Created By " + NOT_INCLUDED),
      new Masking("Created Time.*", "Created Time " + NOT_INCLUDED),
      new Masking("Last Access.*", "Last Access " + NOT_INCLUDED),
      new Masking("Owner.*", "Owner " + NOT_INCLUDED),
      new Masking("Partition Statistics\t\\d+", "Partition Statistics\t" + NOT_INCLUDED),
      new Masking("CTERelationDef \\d+,", "CTERelationDef xxxx,"),
      new Masking("CTERelationRef \\d+,", "CTERelationRef xxxx,"),
      new Masking("UnionLoop \\d+", "UnionLoop xxxx"),
      new Masking("UnionLoopRef \\d+,", "UnionLoopRef xxxx,"),
      new Masking("Loop id: \\d+", "Loop id: xxxx"),
      new Masking("@\\w*,", "@xxxxxxxx,"),
      new Masking("\\*\\(\\d+\\) ", "*"),
      new Masking("\"location\":.*?" + WAREHOUSE + "/", "\"location\": \"" + NOT_INCLUDED + "/{warehouse_dir}/"),
      new Masking("\"created_by\":\".*?\"", "\"created_by " + NOT_INCLUDED + "\":\"None\""),
      new Masking("\"created_time\":\".*?\"", "\"created_time " + NOT_INCLUDED + "\":\"None\""),
      new Masking("transient_lastDdlTime=\\d+", "transient_lastDdlTime=" + NOT_INCLUDED),
      new Masking("\"transient_lastDdlTime\":\"\\d+\"", "\"transient_lastDdlTime " + NOT_INCLUDED + "\":\"None\""),
      new Masking("\"last_access\":\".*?\"", "\"last_access " + NOT_INCLUDED + "\":\"None\""),
      new Masking("\"owner\":\".*?\"", "\"owner " + NOT_INCLUDED + "\":\"None\""),
      new Masking("\"partition_statistics\":\"\\d+\"", "\"partition_statistics " + NOT_INCLUDED + "\":\"None\""),
      new Masking("cterelationdef \\d+,", "cterelationdef xxxx,"),
      new Masking("cterelationref \\d+,", "cterelationref xxxx,"));

  private record Masking(Pattern pattern, String replacement) {
    Masking(String regex, String replacement) {
      this(Pattern.compile(regex), java.util.regex.Matcher.quoteReplacement(replacement));
    }
  }

  private HiveResultLines() {
  }

  static List<String> of(List<Row> rows, StructType schema, HiveResultText text) {
    List<String> names = List.of(schema.fieldNames());
    List<String> lines = new ArrayList<>();
    for (Row row : rows) {
      String line;
      if (names.equals(DESCRIBE_COLUMNS)) {
        line = String.format("%-20s\t%-20s\t%-20s", row.get(0), row.get(1), row.get(2) == null ? "" : row.get(2));
      } else if (names.equals(SHOW_TABLES_COLUMNS) || names.equals(SHOW_VIEWS_COLUMNS)) {
        line = row.getString(1);
      } else {
        line = text.row(row, schema);
      }
      lines.add(mask(line));
    }
    return lines;
  }

  private static String mask(String line) {
    String masked = line;
    for (Masking masking : MASKS) {
      masked = masking.pattern().matcher(masked).replaceAll(masking.replacement());
    }
    return masked;
  }
}
