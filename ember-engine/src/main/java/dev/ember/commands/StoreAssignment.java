package dev.ember.commands;

import dev.ember.catalog.CatalogTable;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Spark's checks when rows go into a table: as many columns as the table takes, types it may store (ANSI policy). */
final class StoreAssignment {
  private StoreAssignment() {
  }

  static void requireArity(CatalogTable table, List<StructField> targets, StructType data) {
    requireArity(table.name().quoted(), targets, data);
  }

  /** INSERT_COLUMN_ARITY_MISMATCH for the table Spark's errors name {@code tableName} (quoted). */
  static void requireArity(String tableName, List<StructField> targets, StructType data) {
    if (targets.size() == data.fields().size()) {
      return;
    }
    boolean tooMany = data.fields().size() > targets.size();
    String reason = tooMany ? "TOO_MANY_DATA_COLUMNS" : "NOT_ENOUGH_DATA_COLUMNS";
    String tableColumns = names(targets);
    String dataColumns = names(data.fields());
    throw new EmberException(ErrorKind.ANALYSIS, "INSERT_COLUMN_ARITY_MISMATCH." + reason, "21S01", "Cannot write to "
        + tableName + ", the reason is " + (tooMany ? "too many" : "not enough") + " data columns:\n"
        + "Table columns: " + tableColumns + ".\nData columns: " + dataColumns + ".",
        Map.of("tableName", tableName, "tableColumns", tableColumns, "dataColumns", dataColumns));
  }

  /** Spark's ANSI store assignment: numbers into numbers, anything into strings, no string into a number or date. */
  static void requireAssignable(CatalogTable table, StructField column, StructField data) {
    requireAssignable(table.name().quoted(), column, data);
  }

  static void requireAssignable(String tableName, StructField declared, StructField data) {
    // a CHAR/VARCHAR column takes strings (its length is checked as the value is written)
    StructField column = new StructField(declared.name(),
        dev.ember.plan.types.CharVarcharType.asString(declared.dataType()), declared.nullable());
    if (!assignable(data.dataType(), column.dataType())) {
      String columnName = Identifiers.quote(column.name());
      throw new EmberException(ErrorKind.ANALYSIS, "INCOMPATIBLE_DATA_FOR_TABLE.CANNOT_SAFELY_CAST", "KD000",
          "Cannot write incompatible data for the table " + tableName + ": Cannot safely cast "
              + columnName + " " + SparkErrors.toSqlType(data.dataType()) + " to "
              + SparkErrors.toSqlType(column.dataType()) + ".",
          Map.of("tableName", tableName, "colName", columnName,
              "srcType", SparkErrors.toSqlType(data.dataType()), "targetType", SparkErrors.toSqlType(column.dataType())));
    }
  }

  static boolean assignable(DataType from, DataType to) {
    if (from.equals(to) || from == AtomicType.NULL || dev.ember.plan.types.Collations.isString(to)) {
      return true;
    }
    if (from.isNumeric() && to.isNumeric()) {
      return true;
    }
    if (isDatetime(from) && isDatetime(to)) {
      return true;
    }
    if (from instanceof ArrayType fromArray && to instanceof ArrayType toArray) {
      return assignable(fromArray.elementType(), toArray.elementType());
    }
    if (from instanceof MapType fromMap && to instanceof MapType toMap) {
      return assignable(fromMap.keyType(), toMap.keyType()) && assignable(fromMap.valueType(), toMap.valueType());
    }
    if (from instanceof StructType fromStruct && to instanceof StructType toStruct) {
      if (fromStruct.fields().size() != toStruct.fields().size()) {
        return false;
      }
      for (int i = 0; i < fromStruct.fields().size(); i++) {
        if (!assignable(fromStruct.fields().get(i).dataType(), toStruct.fields().get(i).dataType())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean isDatetime(DataType type) {
    return type == AtomicType.DATE || type == AtomicType.TIMESTAMP || type == AtomicType.TIMESTAMP_NTZ;
  }

  /**
   * A value that overflowed its column's type: Spark names the column (CAST_OVERFLOW_IN_TABLE_INSERT), found here as
   * the first column whose types are the failed cast's.
   */
  static EmberException inTableInsert(EmberException failure, List<StructField> targets, StructType data) {
    if (!"CAST_OVERFLOW".equals(failure.errorClass())) {
      return failure;
    }
    Map<String, String> parameters = failure.messageParameters();
    for (int i = 0; i < targets.size(); i++) {
      String source = SparkErrors.toSqlType(data.fields().get(i).dataType());
      String target = SparkErrors.toSqlType(targets.get(i).dataType());
      if (source.equals(parameters.get("sourceType")) && target.equals(parameters.get("targetType"))) {
        String column = Identifiers.quote(targets.get(i).name());
        return new EmberException(ErrorKind.ARITHMETIC, "CAST_OVERFLOW_IN_TABLE_INSERT", "22003", "Fail to assign a "
            + "value of " + source + " type to the " + target + " type column or variable " + column
            + " due to an overflow. Use `try_cast` on the input value to tolerate overflow and return NULL instead.",
            Map.of("sourceType", source, "targetType", target, "columnName", column));
      }
    }
    return failure;
  }

  static EmberException notAPartitionColumn(CatalogTable table, String column) {
    return new EmberException(ErrorKind.ANALYSIS, "PARTITIONS_NOT_FOUND", "428FT", "The partition(s) PARTITION ("
        + column + ") cannot be found in table " + table.name().quoted() + ".",
        Map.of("partitionList", "PARTITION (`" + column + "`)", "tableName", table.name().quoted()));
  }

  static EmberException unresolvedColumn(String column, CatalogTable table) {
    return unresolvedColumn(column, table.schema());
  }

  /** UNRESOLVED_COLUMN for a column a table of {@code schema} lacks, its columns the suggestions. */
  static EmberException unresolvedColumn(String column, StructType schema) {
    return SparkErrors.unresolvedColumn(Identifiers.quote(column),
        schema.fields().stream().map(field -> Identifiers.quote(field.name())).toList());
  }

  private static String names(List<StructField> fields) {
    return fields.stream().map(field -> Identifiers.quote(field.name())).collect(Collectors.joining(", "));
  }
}
