package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_csv;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.schema_of_json;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_csv;
import static org.apache.spark.sql.functions.to_json;

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

/**
 * Semi-structured text functions in SQL text and through the DataFrame API: from_json / to_json / from_csv / to_csv
 * with DDL schema strings and options maps, and Spark's errors for a bad schema, bad options or argument counts.
 */
public final class SemistructuredCases extends CaseGroup {
  private static final List<Row> DOCUMENTS = Arrays.asList(
      RowFactory.create(1, "{\"a\": 1, \"b\": \"x\", \"c\": [1, 2]}"),
      RowFactory.create(2, "{\"a\": null, \"b\": \"y\"}"),
      RowFactory.create(3, "{\"a\": \"not a number\"}"),
      RowFactory.create(4, "[1, 2, 3]"),
      RowFactory.create(5, "not json"),
      RowFactory.create(6, null));

  public SemistructuredCases() {
    super("semistructured_functions");
    // from_json in SQL: a DDL schema string
    sql("sql_from_json_ddl", "SELECT from_json('{\"a\":1, \"b\":\"x\"}', 'a INT, b STRING')");
    sql("sql_from_json_struct_type", "SELECT from_json('{\"a\":1, \"b\":\"2\"}', 'struct<a:int,b:string>')");
    sql("sql_from_json_array", "SELECT from_json('[1, 2, 3]', 'array<int>'), from_json('[1, 2, null]', 'array<int>')");
    sql("sql_from_json_array_of_structs", "SELECT from_json('[{\"a\": 1}, {\"a\":2}]', 'array<struct<a:int>>'), "
        + "from_json('[null, {\"a\":2}]', 'array<struct<a:int>>')");
    sql("sql_from_json_array_of_maps", "SELECT from_json('[{\"a\": 1}, {\"b\":2}]', 'array<map<string,int>>')");
    sql("sql_from_json_nested", "SELECT from_json('{\"a\": {\"b\": [1, 2]}, \"c\": true}', "
        + "'a STRUCT<b: ARRAY<BIGINT>>, c BOOLEAN') AS j");
    sql("sql_from_json_field", "SELECT from_json('{\"a\": {\"b\": 5}}', 'a STRUCT<b: INT>').a.b AS b");
    sql("sql_from_json_malformed", "SELECT from_json('not json', 'a INT'), from_json('{\"a\": \"x\"}', 'a INT')");
    sql("sql_from_json_null_input", "SELECT from_json(NULL, 'a INT'), from_json(CAST(NULL AS STRING), 'a INT')");
    sql("sql_from_json_date", "SELECT from_json('{\"d\": \"2012-12-15\"}', 'd DATE')");
    sql("sql_from_json_permissive_option", "SELECT from_json('{\"a\":1}', 'a INT', map('mode', 'PERMISSIVE'))");
    sql("sql_from_json_column", "SELECT id, from_json(j, 'a INT, b STRING') AS parsed FROM VALUES "
        + "(1, '{\"a\": 1, \"b\": \"x\"}'), (2, '{\"b\": \"y\"}'), (3, NULL), (4, '[]') AS t(id, j) ORDER BY id");
    sql("sql_from_json_schema_case", "SELECT from_json('{\"A\": 1, \"a\": 2}', 'a INT')");
    sql("sql_from_json_timestamps", "SELECT from_json('{\"a\": 1, \"t\": \"2012-12-15 15:15:15\", "
        + "\"u\": \"2012-12-15T15:15:15Z\", \"v\": \"2012-12-15T15:15:15.5+01:00\", \"d\": \"2012-12-15\"}', "
        + "'a INT, t TIMESTAMP, u TIMESTAMP, v TIMESTAMP, d TIMESTAMP') AS j, from_json('{\"t\": \"bad\", \"a\": 1}', "
        + "'t TIMESTAMP, a INT') AS bad, from_json('[\"2012-12-15 01:02:03\"]', 'ARRAY<TIMESTAMP>') AS arr");
    sql("sql_from_json_decimal", "SELECT from_json('{\"a\": 12.5}', 'a DECIMAL(5, 2), b DOUBLE')");
    sql("sql_from_json_round_trip", "SELECT from_json(to_json(named_struct('a', 1, 'b', array(1, 2))), "
        + "'a INT, b ARRAY<INT>')");
    // from_json errors
    sql("sql_from_json_schema_not_string", "SELECT from_json('{\"a\":1}', 1)");
    sql("sql_from_json_schema_syntax_error", "SELECT from_json('{\"a\":1}', 'a InvalidType')");
    sql("sql_from_json_options_not_map", "SELECT from_json('{\"a\":1}', 'a INT', named_struct('mode', 'PERMISSIVE'))");
    sql("sql_from_json_options_not_strings", "SELECT from_json('{\"a\":1}', 'a INT', map('mode', 1))");
    sql("sql_from_json_no_arguments", "SELECT from_json()");
    sql("sql_from_json_too_many_arguments", "SELECT from_json('{}', 'a INT', map('mode', 'PERMISSIVE'), 1)");
    sql("sql_from_json_input_not_string", "SELECT from_json(array(1), 'a INT')");
    // to_json in SQL
    sql("sql_to_json", "SELECT to_json(named_struct('a', 1, 'b', 'x')), to_json(array(1, 2)), "
        + "to_json(map('k', named_struct('a', 1)))");
    sql("sql_to_json_empty_options", "SELECT to_json(named_struct('a', 1), map())");
    sql("sql_to_json_options_not_map", "SELECT to_json(named_struct('a', 1, 'b', 2), named_struct('mode', 'PERMISSIVE'))");
    sql("sql_to_json_options_not_strings", "SELECT to_json(named_struct('a', 1, 'b', 2), map('mode', 1))");
    sql("sql_to_json_no_arguments", "SELECT to_json()");
    sql("sql_to_json_not_struct", "SELECT to_json(1)");
    // json documents
    sql("sql_json_array_length_null", "SELECT json_array_length(NULL), json_object_keys(NULL)");
    sql("sql_schema_of_json", "SELECT schema_of_json('{\"c1\":[0], \"c2\": {\"x\": 1.5}}')");
    // CSV in SQL
    sql("sql_from_csv", "SELECT from_csv('1, 3.14', 'a INT, f FLOAT'), from_csv('1,abc', 'a INT, b STRING')");
    sql("sql_from_csv_options", "SELECT from_csv('1;2', 'a INT, b INT', map('sep', ';'))");
    sql("sql_from_csv_null_input", "SELECT from_csv(NULL, 'a INT')");
    sql("sql_from_csv_schema_not_string", "SELECT from_csv('1', 1)");
    sql("sql_from_csv_schema_syntax_error", "SELECT from_csv('1', 'a InvalidType')");
    sql("sql_from_csv_options_not_map", "SELECT from_csv('1', 'a INT', named_struct('mode', 'PERMISSIVE'))");
    sql("sql_from_csv_options_not_strings", "SELECT from_csv('1', 'a INT', map('mode', 1))");
    sql("sql_from_csv_no_arguments", "SELECT from_csv()");
    sql("sql_to_csv", "SELECT to_csv(named_struct('a', 1, 'b', 'x')), to_csv(named_struct('a', 1, 'b', 2), "
        + "map('sep', '|'))");
    // type strings elsewhere in SQL are Spark's own parse errors
    sql("sql_cast_unknown_type", "SELECT CAST('1' AS BINT)");
    // XML
    sql("sql_from_xml", "SELECT from_xml('<p><a>1</a><b> x </b><c/></p>', 'a INT, b STRING, c INT, d INT')");
    sql("sql_from_xml_arrays_and_structs", "SELECT from_xml('<p><a>1</a><a>2</a><s><x>true</x></s><one>7</one></p>', "
        + "'a ARRAY<INT>, s STRUCT<x: BOOLEAN>, one ARRAY<INT>')");
    sql("sql_from_xml_attributes", "SELECT from_xml('<p id=\"5\"><a kind=\"k\">v</a></p>', "
        + "'_id INT, a STRUCT<_kind: STRING, _VALUE: STRING>') AS r");
    sql("sql_from_xml_malformed_and_null", "SELECT from_xml('<p><a>1</p>', 'a INT') AS bad, "
        + "from_xml(NULL, 'a INT') AS n, from_xml('<p><a>x</a></p>', 'a INT') AS wrong_type");
    sql("sql_from_xml_row_tag", "SELECT from_xml('<record><d>2012-12-15</d></record>', 'd DATE', map('rowTag', 'record'))");
    sql("sql_from_xml_schema_not_string", "SELECT from_xml('<p><a>1</a></p>', 1)");
    sql("sql_from_xml_options_not_strings", "SELECT from_xml('<p><a>1</a></p>', 'a INT', map('mode', 1))");
    sql("sql_from_xml_no_arguments", "SELECT from_xml()");
    sql("sql_schema_of_xml", "SELECT schema_of_xml('<p><a>1</a><b>\"2\"</b></p>') AS s, schema_of_xml("
        + "'<r id=\"1\"><x>1.5</x><x>2</x><y>true</y><z><w>2012-12-15</w><v/></z><t>14:30:45</t></r>') AS n");
    sql("sql_schema_of_xml_null", "SELECT schema_of_xml(NULL)");
    sql("sql_schema_of_xml_not_string", "SELECT schema_of_xml(42)");
    sql("sql_schema_of_xml_column", "SELECT schema_of_xml(x) FROM VALUES ('<p/>') AS t(x)");
    sql("sql_to_xml", "SELECT to_xml(named_struct('a', 1, 'b', 'x<&>y', 'c', CAST(NULL AS INT), 'd', true)) AS x");
    sql("sql_to_xml_options", "SELECT to_xml(named_struct('a', 1, 'b', 2.50BD), map('rowTag', 'record', 'indent', '')) "
        + "AS x, to_xml(named_struct('t', TIME '14:30:45.5'), map('indent', '  ')) AS y");
    sql("sql_to_xml_not_struct", "SELECT to_xml(map('a', 1))");
    sql("sql_to_xml_options_not_map", "SELECT to_xml(named_struct('a', 1), named_struct('mode', 'PERMISSIVE'))");
    sql("sql_to_xml_round_trip", "SELECT from_xml(to_xml(named_struct('a', 1, 'b', 'x')), 'a INT, b STRING')");
    // the DataFrame API
    query("df_from_json_ddl", spark -> documents(spark).select(col("id"),
        from_json(col("j"), lit("a INT, b STRING"), Map.of())));
    query("df_from_json_ddl_string", spark -> documents(spark).select(col("id"),
        from_json(col("j"), "a INT, c ARRAY<INT>", Map.of())));
    query("df_from_json_array", spark -> documents(spark).select(col("id"),
        from_json(col("j"), "array<int>", Map.of())));
    query("df_from_json_permissive", spark -> documents(spark).select(col("id"),
        from_json(col("j"), "a INT", Map.of("mode", "PERMISSIVE"))));
    query("df_from_json_schema_of_json_string", spark -> documents(spark).select(
        schema_of_json(lit("{\"a\": [1]}"))));
    query("df_to_json_options_empty", spark -> documents(spark).select(
        to_json(struct(col("id"), col("j")), Map.of())));
    query("df_from_csv", spark -> spark.range(2).select(from_csv(lit("1,x"),
        lit("a INT, b STRING"), Map.of())));
    query("df_to_csv", spark -> spark.range(2).select(to_csv(struct(col("id"), lit("x")))));
    query("df_to_json_bad_options", spark -> spark.range(1).select(
        org.apache.spark.sql.functions.call_function("to_json", struct(col("id")), map(lit("mode"), lit(1)))));
  }

  private static Dataset<Row> documents(SparkSession spark) {
    return spark.createDataFrame(DOCUMENTS, new StructType().add("id", DataTypes.IntegerType)
        .add("j", DataTypes.StringType));
  }

  private void sql(String caseName, String text) {
    query(caseName, spark -> spark.sql(text));
  }
}
