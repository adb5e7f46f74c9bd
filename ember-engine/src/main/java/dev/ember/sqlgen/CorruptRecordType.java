package dev.ember.sqlgen;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.types.AtomicType;
import java.util.Locale;
import java.util.Map;

/**
 * Spark's {@code verifyColumnNameOfCorruptRecord} when a CSV or JSON scan runs: a schema field named as
 * the corrupt-record column must be a string, else {@code INVALID_CORRUPT_RECORD_TYPE}.
 */
final class CorruptRecordType {
  private CorruptRecordType() {
  }

  static void verify(FileScan scan) {
    if (scan.format() != FileFormat.CSV && scan.format() != FileFormat.JSON) {
      return;
    }
    String name = scan.option("columnnameofcorruptrecord", "_corrupt_record");
    for (Attribute attribute : scan.output()) {
      if (attribute.name().equals(name) && attribute.dataType() != AtomicType.STRING) {
        String column = "`" + name.replace("`", "``") + "`";
        String type = "\"" + attribute.dataType().sql().toUpperCase(Locale.ROOT) + "\"";
        throw new EmberException(ErrorKind.ANALYSIS, "INVALID_CORRUPT_RECORD_TYPE", "42804",
            "The column " + column + " for corrupt records must have the nullable STRING type, but got " + type + ".",
            Map.of("columnName", column, "actualType", type));
      }
    }
  }
}
