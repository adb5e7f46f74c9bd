package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** What Spark checks of a DataFrame before it writes it, whatever the destination. */
public final class WriteChecks {
  private WriteChecks() {
  }

  /** Spark's {@code SchemaUtils.checkColumnNameDuplication}: COLUMN_ALREADY_EXISTS for a name written twice. */
  public static void requireDistinctColumnNames(StructType schema, boolean caseSensitive) {
    Set<String> seen = new HashSet<>();
    for (StructField field : schema.fields()) {
      if (!seen.add(caseSensitive ? field.name() : field.name().toLowerCase(Locale.ROOT))) {
        throw SparkErrors.columnAlreadyExists(field.name());
      }
    }
  }
}
