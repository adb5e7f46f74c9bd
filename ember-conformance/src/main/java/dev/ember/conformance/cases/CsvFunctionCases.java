package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_csv;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.schema_of_csv;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_csv;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** from_csv (DDL or StructType schema, options, PERMISSIVE / FAILFAST), to_csv and schema_of_csv. */
public final class CsvFunctionCases extends CaseGroup {
  private static final List<Row> LINES = Arrays.asList(
      RowFactory.create(1, "1,abc,2.5"),
      RowFactory.create(2, "2,\"x,y\",-1e3"),
      RowFactory.create(3, "3,,"),
      RowFactory.create(4, "4"),
      RowFactory.create(5, "5,a,b,extra"),
      RowFactory.create(6, "x,y,z"),
      RowFactory.create(7, null),
      RowFactory.create(8, ""),
      RowFactory.create(9, "9,\"q\\\"uote\",3"));

  private static Dataset<Row> lines(SparkSession spark) {
    return spark.createDataFrame(LINES, new StructType().add("id", DataTypes.IntegerType)
        .add("line", DataTypes.StringType));
  }

  private static final StructType SCHEMA = new StructType().add("a", DataTypes.IntegerType)
      .add("b", DataTypes.StringType).add("c", DataTypes.DoubleType);

  public CsvFunctionCases() {
    super("csv_functions");
    query("from_csv_ddl", spark -> lines(spark).select(col("id"), from_csv(col("line"), lit("a INT, b STRING, c DOUBLE"),
        Map.<String, String>of())));
    query("from_csv_struct_type", spark -> lines(spark).select(col("id"), from_csv(col("line"), lit(SCHEMA.toDDL()), Map.<String, String>of())));
    query("from_csv_fields", spark -> lines(spark).select(col("id"), from_csv(col("line"), lit(SCHEMA.toDDL()), Map.<String, String>of())
        .as("r")).select(col("id"), col("r.a"), col("r.b"), col("r.c")));
    query("from_csv_separator", spark -> spark.range(1).select(from_csv(lit("1;2;x"),
        lit("a BIGINT, b BIGINT, c STRING"), Map.of("sep", ";"))));
    query("from_csv_types", spark -> spark.range(1).select(from_csv(lit("true,12.50,2020-01-02,7,3"),
        lit("a BOOLEAN, b DECIMAL(5,2), c DATE, d SMALLINT, e TINYINT"), Map.<String, String>of())));
    query("from_csv_null_value", spark -> spark.range(1).select(from_csv(lit("1,NA,x"),
        lit("a INT, b INT, c STRING"), Map.of("nullValue", "NA"))));
    query("from_csv_failfast", spark -> lines(spark).select(col("id"), from_csv(col("line"), lit(SCHEMA.toDDL()),
        Map.of("mode", "FAILFAST"))));
    query("from_csv_failfast_good", spark -> spark.range(1).select(from_csv(lit("1,a,2"), lit(SCHEMA.toDDL()),
        Map.of("mode", "FAILFAST"))));
    query("from_csv_dropmalformed", spark -> spark.range(1).select(from_csv(lit("1,a,2"), lit(SCHEMA.toDDL()),
        Map.of("mode", "DROPMALFORMED"))));
    query("from_csv_not_string", spark -> spark.range(1).select(from_csv(col("id"), lit(SCHEMA.toDDL()), Map.<String, String>of())));
    query("from_csv_schema_not_struct", spark -> spark.range(1).select(from_csv(lit("1"), lit("INT"), Map.<String, String>of())));
    query("to_csv", spark -> spark.range(1).select(to_csv(struct(lit(1).as("a"), lit("x,y").as("b"),
        lit(2.5).as("c"), lit(null).cast("string").as("d"), lit("").as("e"), lit("q\"uote").as("f"),
        lit(" pad ").as("g"), lit(true).as("h")))));
    query("to_csv_rows", spark -> lines(spark).select(col("id"), to_csv(struct(col("id"), col("line")))));
    query("to_csv_numbers", spark -> spark.range(1).select(to_csv(struct(lit(1e10).as("a"), lit(1.5f).as("b"),
        lit(new java.math.BigDecimal("12.340")).as("c"), lit(123456789012L).as("d"), lit(-0.0).as("e")))));
    query("to_csv_dates", spark -> spark.range(1).select(to_csv(struct(lit(java.sql.Date.valueOf("2020-03-04")).as("d"),
        lit(java.sql.Timestamp.valueOf("2020-03-04 05:06:07.5")).as("t")))));
    query("to_csv_options", spark -> spark.range(1).select(to_csv(struct(lit(1).as("a"), lit(null).cast("int").as("b"),
        lit("x|y").as("c")), Map.of("sep", "|", "nullValue", "N"))));
    query("to_csv_not_struct", spark -> spark.range(1).select(to_csv(lit(1))));
    query("to_csv_array_field", spark -> spark.range(1).select(to_csv(struct(call_function("array", lit(1)).as("a")))));
    query("schema_of_csv", spark -> spark.range(1).select(schema_of_csv("1,abc,2.5"), schema_of_csv("true,,x"),
        schema_of_csv("2020-01-01,9999999999,1e10"), schema_of_csv("\"a,b\",1")));
    query("schema_of_csv_options", spark -> spark.range(1).select(schema_of_csv(lit("1|2"), Map.of("sep", "|")),
        schema_of_csv(lit("1.5,2"), Map.of("prefersDecimal", "true")),
        schema_of_csv(lit("01/02/2020"), Map.of("dateFormat", "MM/dd/yyyy"))));
    query("schema_of_csv_not_foldable", spark -> lines(spark).select(schema_of_csv(col("line"))));
    query("schema_of_csv_null", spark -> spark.range(1).select(schema_of_csv(lit(null).cast("string"))));
  }
}
