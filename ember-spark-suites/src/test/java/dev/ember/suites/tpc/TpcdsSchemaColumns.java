package dev.ember.suites.tpc;

import org.apache.spark.sql.TPCDSSchema;
import scala.collection.immutable.Map;
import scala.collection.immutable.Seq;

/** Spark's own TPC-DS table definitions ({@code TPCDSSchema} of the tests jar), initialized outside ScalaTest. */
@SuppressWarnings("checkstyle:MethodName")
public final class TpcdsSchemaColumns implements TPCDSSchema {
  private Map<String, String> columns;
  private Map<String, Seq<String>> partitionColumns;

  public TpcdsSchemaColumns() {
    TPCDSSchema.$init$(this);
  }

  @Override
  public void org$apache$spark$sql$TPCDSSchema$_setter_$tableColumns_$eq(Map<String, String> value) {
    columns = value;
  }

  @Override
  public void org$apache$spark$sql$TPCDSSchema$_setter_$tablePartitionColumns_$eq(Map<String, Seq<String>> value) {
    partitionColumns = value;
  }

  @Override
  public Map<String, String> tableColumns() {
    return columns;
  }

  @Override
  public Map<String, Seq<String>> tablePartitionColumns() {
    return partitionColumns;
  }
}
