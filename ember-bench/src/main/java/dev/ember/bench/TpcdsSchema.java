package dev.ember.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.TPCDSSchema;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Spark's own TPC-DS table definitions ({@code TPCDSSchema} of {@code spark-sql_2.13:4.2.0:tests}, the
 * schema its TPC-DS suites create), initialized outside ScalaTest: the column names and types the
 * benchmark's Parquet files are written with.
 */
@SuppressWarnings("checkstyle:MethodName")
final class TpcdsSchema implements TPCDSSchema {
    private scala.collection.immutable.Map<String, String> columns;
    private scala.collection.immutable.Map<String, Seq<String>> partitionColumns;

    TpcdsSchema() {
        TPCDSSchema.$init$(this);
    }

    /** Table name → its schema, as Spark declares it (CHAR/VARCHAR columns included). */
    static Map<String, StructType> tables() {
        Map<String, StructType> tables = new LinkedHashMap<>();
        CollectionConverters.asJava(new TpcdsSchema().tableColumns())
            .forEach((name, ddl) -> tables.put(name, StructType.fromDDL(ddl)));
        return tables;
    }

    @Override
    public void org$apache$spark$sql$TPCDSSchema$_setter_$tableColumns_$eq(
            scala.collection.immutable.Map<String, String> value) {
        columns = value;
    }

    @Override
    public void org$apache$spark$sql$TPCDSSchema$_setter_$tablePartitionColumns_$eq(
            scala.collection.immutable.Map<String, Seq<String>> value) {
        partitionColumns = value;
    }

    @Override
    public scala.collection.immutable.Map<String, String> tableColumns() {
        return columns;
    }

    @Override
    public scala.collection.immutable.Map<String, Seq<String>> tablePartitionColumns() {
        return partitionColumns;
    }
}
