package dev.ember.engine;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The largest absolute value of each numeric top-level column of Parquet files, from the min/max
 * statistics of every row group (footers only, no data read). A column some row group has no
 * statistics for is left out: its values are unknown.
 */
final class ParquetStatistics {
  private ParquetStatistics() {
  }

  /** {@code sql} gives each row group's column name, minimum and maximum as text. */
  static Map<String, BigDecimal> magnitudes(Connection connection, String sql) throws SQLException {
    Map<String, BigDecimal> magnitudes = new HashMap<>();
    Set<String> unknown = new HashSet<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        String column = rows.getString(1);
        BigDecimal low = number(rows.getString(2));
        BigDecimal high = number(rows.getString(3));
        if (low == null || high == null) {
          unknown.add(column);
        } else {
          magnitudes.merge(column, low.abs().max(high.abs()), BigDecimal::max);
        }
      }
    }
    unknown.forEach(magnitudes::remove);
    return magnitudes;
  }

  /** A statistic as a number; null for a missing or non-numeric one (text, dates, NaN). */
  private static BigDecimal number(String statistic) {
    if (statistic == null || statistic.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(statistic);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
