package dev.ember.suites.tpc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.CharType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.VarcharType;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The TPC-H and TPC-DS tables of Spark's {@code TPCHBase} and {@code TPCDSSchema}, as empty temporary
 * views with the same schemas (partition columns last, as a partitioned table has them).
 */
final class TpcTables {
  private static final Pattern CREATE_TABLE = Pattern.compile("(?s)CREATE TABLE `(\\w+)` \\((.*)\\)\\s*USING.*");

  private TpcTables() {
  }

  /** TPC-H: table name → schema, from the DDL strings compiled into {@code TPCHBase}. */
  static Map<String, StructType> tpch() {
    Map<String, StructType> tables = new LinkedHashMap<>();
    for (String constant : ClassFileStrings.of("org.apache.spark.sql.TPCHBase")) {
      Matcher matcher = CREATE_TABLE.matcher(stripMargin(constant).strip());
      if (matcher.matches()) {
        tables.put(matcher.group(1), StructType.fromDDL(matcher.group(2)));
      }
    }
    if (tables.size() != 8) {
      throw new IllegalStateException("expected TPC-H's 8 tables in TPCHBase, found " + tables.keySet());
    }
    return tables;
  }

  /** TPC-DS: table name → schema, from {@code TPCDSSchema}. */
  static Map<String, StructType> tpcds() {
    TpcdsSchemaColumns schema = new TpcdsSchemaColumns();
    Map<String, StructType> tables = new LinkedHashMap<>();
    CollectionConverters.asJava(schema.tableColumns()).forEach((name, columns) -> {
      StructType declared = StructType.fromDDL(columns);
      List<String> partitions = schema.tablePartitionColumns().contains(name)
          ? CollectionConverters.asJava(schema.tablePartitionColumns().apply(name)).stream()
              .map(column -> column.replace("`", "").strip()).toList()
          : List.of();
      List<StructField> fields = new ArrayList<>();
      for (StructField field : declared.fields()) {
        if (!partitions.contains(field.name())) {
          fields.add(field);
        }
      }
      partitions.forEach(partition -> fields.add(declared.apply(partition)));
      tables.put(name, new StructType(fields.toArray(StructField[]::new)));
    });
    return tables;
  }

  /**
   * Each table as an empty view. CHAR(n) and VARCHAR(n) columns are strings, as a query reading a
   * table sees them (a DataFrame cannot be created with those types).
   */
  static void createViews(SparkSession spark, Map<String, StructType> tables) {
    tables.forEach((name, schema) -> {
      StructField[] fields = schema.fields().clone();
      for (int i = 0; i < fields.length; i++) {
        if (fields[i].dataType() instanceof CharType || fields[i].dataType() instanceof VarcharType) {
          fields[i] = new StructField(fields[i].name(), DataTypes.StringType, fields[i].nullable(), Metadata.empty());
        }
      }
      spark.createDataFrame(List.<Row>of(), new StructType(fields)).createOrReplaceTempView(name);
    });
  }

  private static String stripMargin(String text) {
    StringBuilder stripped = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String trimmed = line.stripLeading();
      stripped.append(trimmed.startsWith("|") ? trimmed.substring(1) : line).append('\n');
    }
    return stripped.toString();
  }
}
