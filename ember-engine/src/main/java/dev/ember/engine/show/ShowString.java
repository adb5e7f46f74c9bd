package dev.ember.engine.show;

import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code Dataset.show(numRows, truncate, vertical)}, laid out exactly as Spark's
 * {@code Dataset.showString}: {@code rows} holds up to numRows + 1 rows (the extra one tells
 * whether to print "only showing top N rows").
 */
public final class ShowString {
  private static final int MINIMUM_COLUMN_WIDTH = 3;

  private ShowString() {
  }

  public static String render(StructType schema, List<Object[]> rows, int numRows, int truncate,
      boolean vertical, CellFormatter formatter) {
    boolean hasMoreData = rows.size() > numRows;
    List<List<String>> table = new ArrayList<>();
    // Spark 4 truncates cells, never the column names.
    table.add(schema.fields().stream().map(field -> escape(field.name())).toList());
    for (Object[] row : rows.subList(0, Math.min(numRows, rows.size()))) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.length; i++) {
        StructField field = schema.fields().get(i);
        cells.add(cut(escape(formatter.format(row[i], field.dataType())), truncate));
      }
      table.add(cells);
    }
    StringBuilder text = new StringBuilder();
    if (vertical) {
      renderVertical(table, text);
    } else {
      renderTable(table, truncate > 0, text);
    }
    // Spark 4.2 ends the footer without a newline.
    if (vertical && table.size() == 1) {
      text.append("(0 rows)");
    } else if (hasMoreData) {
      text.append("only showing top ").append(numRows).append(numRows == 1 ? " row" : " rows");
    }
    return text.toString();
  }

  private static void renderTable(List<List<String>> table, boolean alignRight, StringBuilder text) {
    int columns = table.get(0).size();
    int[] widths = new int[columns];
    java.util.Arrays.fill(widths, MINIMUM_COLUMN_WIDTH);
    for (List<String> row : table) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
      }
    }
    // Scala's addString(start, separator, end): a table without columns is "++" and "||", as Spark prints it
    String separator = java.util.Arrays.stream(widths).mapToObj("-"::repeat)
        .collect(java.util.stream.Collectors.joining("+", "+", "+\n"));
    text.append(separator);
    for (int r = 0; r < table.size(); r++) {
      List<String> cells = new java.util.ArrayList<>();
      for (int i = 0; i < columns; i++) {
        String cell = table.get(r).get(i);
        String padding = " ".repeat(widths[i] - DisplayWidth.of(cell));
        cells.add(alignRight ? padding + cell : cell + padding);
      }
      text.append('|').append(String.join("|", cells)).append("|\n");
      if (r == 0) {
        text.append(separator);
      }
    }
    text.append(separator);
  }

  private static void renderVertical(List<List<String>> table, StringBuilder text) {
    List<String> names = table.get(0);
    List<List<String>> data = table.subList(1, table.size());
    int nameWidth = MINIMUM_COLUMN_WIDTH;
    for (String name : names) {
      nameWidth = Math.max(nameWidth, DisplayWidth.of(name));
    }
    int dataWidth = MINIMUM_COLUMN_WIDTH;
    for (List<String> row : data) {
      for (String cell : row) {
        dataWidth = Math.max(dataWidth, DisplayWidth.of(cell));
      }
    }
    for (int r = 0; r < data.size(); r++) {
      String header = "-RECORD " + r;
      text.append(header).append("-".repeat(Math.max(0, nameWidth + dataWidth + 5 - header.length()))).append('\n');
      List<String> row = data.get(r);
      for (int i = 0; i < row.size(); i++) {
        String name = names.get(i);
        String cell = row.get(i);
        text.append(' ').append(name).append(" ".repeat(nameWidth - DisplayWidth.of(name)))
            .append(" | ").append(cell).append(" ".repeat(dataWidth - DisplayWidth.of(cell))).append(' ')
            .append('\n');
      }
    }
  }

  /** Spark shortens a cell longer than {@code truncate} to truncate - 3 characters and "...". */
  private static String cut(String cell, int truncate) {
    if (truncate <= 0 || cell.length() <= truncate) {
      return cell;
    }
    return truncate < 4 ? cell.substring(0, truncate) : cell.substring(0, truncate - 3) + "...";
  }

  /** Spark's SchemaUtils.escapeMetaCharacters. */
  private static String escape(String text) {
    return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        .replace("\f", "\\f").replace("\b", "\\b").replace("\u000B", "\\v").replace("\u0007", "\\a");
  }
}
