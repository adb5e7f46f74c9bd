package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.is_variant_null;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.parse_json;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.try_parse_json;
import static org.apache.spark.sql.functions.try_variant_get;
import static org.apache.spark.sql.functions.variant_get;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark 4's VARIANT: parse_json / try_parse_json, values as the client decodes them (VariantVal) and as show()
 * prints them, variant_get / try_variant_get with paths and target types, the {@code v:a.b[0]} syntax, casts from
 * variant, is_variant_null, to_json, and Spark's errors — through SQL and the DataFrame API.
 */
public final class VariantCases extends CaseGroup {
  private static final String DOCUMENT = "'{\"name\": \"John\", \"age\": 30, \"active\": true, \"scores\": [85, 92.5, "
      + "null], \"address\": {\"city\": \"Paris\", \"zip\": \"75001\"}, \"price\": 12345.678, \"none\": null}'";
  private static final List<Row> DOCUMENTS = Arrays.asList(
      RowFactory.create(1, "{\"a\": 1, \"b\": [\"x\", \"y\"]}"),
      RowFactory.create(2, "{\"a\": \"2\", \"c\": {\"d\": 1.5}}"),
      RowFactory.create(3, "[1, 2, 3]"),
      RowFactory.create(4, "null"),
      RowFactory.create(5, "{bad"),
      RowFactory.create(6, null));

  public VariantCases() {
    super("variant_functions");
    sql("parse_json_values", "SELECT parse_json('{\"a\": 1, \"b\": [1, 2.5, \"x\"], \"c\": null}') AS o, "
        + "parse_json('1') AS i, parse_json('\"s\"') AS s, parse_json('null') AS n, parse_json('true') AS b, "
        + "parse_json('1.5e10') AS d, parse_json('[]') AS e");
    sql("parse_json_null", "SELECT parse_json(NULL) AS v, parse_json(CAST(NULL AS STRING)) AS w");
    sql("parse_json_numbers", "SELECT parse_json('12345678901234567890') AS big, parse_json('-0.001') AS small, "
        + "parse_json('1E400') AS huge, parse_json('123.4560') AS decimal");
    sql("parse_json_key_order", "SELECT parse_json('{\"z\": 1, \"a\": 2, \"m\": {\"y\": 1, \"b\": 2}}') AS v");
    sql("parse_json_malformed", "SELECT parse_json('{bad')");
    sql("parse_json_duplicate_key", "SELECT parse_json('{\"a\": 1, \"a\": 2}')");
    sql("parse_json_not_string", "SELECT parse_json(array(1))");
    sql("try_parse_json", "SELECT try_parse_json('{bad') AS bad, try_parse_json('[1, {\"a\": true}]') AS good, "
        + "try_parse_json(NULL) AS n");
    sql("typeof_variant", "SELECT typeof(parse_json('1')), typeof(parse_json('{}'))");
    sql("to_json_variant", "SELECT to_json(parse_json(" + DOCUMENT + ")) AS j, to_json(parse_json('\"x\"')) AS s");
    sql("variant_get_paths", "SELECT variant_get(parse_json(" + DOCUMENT + "), '$.name') AS name, "
        + "variant_get(parse_json(" + DOCUMENT + "), '$.scores[1]') AS score, variant_get(parse_json(" + DOCUMENT
        + "), '$.address.city') AS city, variant_get(parse_json(" + DOCUMENT + "), '$[\\'address\\'][\"zip\"]') AS zip, "
        + "variant_get(parse_json(" + DOCUMENT + "), '$.missing') AS missing, variant_get(parse_json(" + DOCUMENT
        + "), '$.scores[9]') AS past_end, variant_get(parse_json(" + DOCUMENT + "), '$') AS whole");
    sql("variant_get_types", "SELECT variant_get(parse_json(" + DOCUMENT + "), '$.age', 'int') AS age, "
        + "variant_get(parse_json(" + DOCUMENT + "), '$.name', 'string') AS name, variant_get(parse_json(" + DOCUMENT
        + "), '$.scores[1]', 'double') AS score, variant_get(parse_json(" + DOCUMENT + "), '$.active', 'boolean') AS a, "
        + "variant_get(parse_json(" + DOCUMENT + "), '$.price', 'decimal(10, 2)') AS price, variant_get(parse_json("
        + DOCUMENT + "), '$.address', 'string') AS address, variant_get(parse_json(" + DOCUMENT
        + "), '$.address.zip', 'bigint') AS zip, variant_get(parse_json(" + DOCUMENT + "), '$.none', 'int') AS none");
    sql("variant_get_number_casts", "SELECT variant_get(parse_json('1.9'), '$', 'int') AS truncated, "
        + "variant_get(parse_json('\"12\"'), '$', 'smallint') AS from_text, variant_get(parse_json('true'), '$', "
        + "'tinyint') AS from_boolean, variant_get(parse_json('0'), '$', 'boolean') AS zero, "
        + "variant_get(parse_json('\"yes\"'), '$', 'boolean') AS yes, variant_get(parse_json('1.005'), '$', "
        + "'decimal(4, 2)') AS rounded, variant_get(parse_json('3'), '$', 'float') AS f");
    sql("variant_get_cast_fails", "SELECT variant_get(parse_json('\"abc\"'), '$', 'int')");
    sql("variant_get_overflow_fails", "SELECT variant_get(parse_json('300'), '$', 'tinyint')");
    sql("variant_get_object_to_int_fails", "SELECT variant_get(parse_json('{\"a\": 1}'), '$', 'int')");
    sql("try_variant_get", "SELECT try_variant_get(parse_json('\"abc\"'), '$', 'int') AS bad, "
        + "try_variant_get(parse_json('{\"a\": [1]}'), '$.a[0]', 'int') AS good, try_variant_get(parse_json('300'), "
        + "'$', 'tinyint') AS overflow, try_variant_get(parse_json('1'), '$.a') AS missing");
    sql("variant_get_invalid_path", "SELECT variant_get(parse_json('{}'), 'a')");
    sql("variant_get_not_variant", "SELECT variant_get(j, '$.a') FROM VALUES ('{}') AS t(j)");
    sql("is_variant_null", "SELECT is_variant_null(parse_json('null')) AS json_null, "
        + "is_variant_null(parse_json('1')) AS one, is_variant_null(NULL) AS sql_null, "
        + "is_variant_null(variant_get(parse_json('{\"a\": null}'), '$.a')) AS field, "
        + "is_variant_null(variant_get(parse_json('{}'), '$.a')) AS missing");
    sql("extraction_syntax", "SELECT v:name, v:age, v:scores[0], v:address.city, v:['address']['zip'], v:missing "
        + "FROM (SELECT parse_json(" + DOCUMENT + ") AS v)");
    sql("extraction_syntax_casts", "SELECT v:age::int + 1 AS next, v:name::string AS name, v:active::boolean AS a, "
        + "v:price::decimal(10, 1) AS price, CAST(v:scores AS STRING) AS scores FROM (SELECT parse_json(" + DOCUMENT
        + ") AS v)");
    sql("extraction_syntax_array_root", "SELECT v:[0].id AS id, v:[1]['name'] AS name FROM (SELECT "
        + "parse_json('[{\"id\": 1, \"name\": \"a\"}, {\"id\": 2, \"name\": \"b\"}]') AS v)");
    sql("extraction_cast_fails", "SELECT v:price::decimal(3, 2) FROM (SELECT parse_json(" + DOCUMENT + ") AS v)");
    sql("cast_variant", "SELECT CAST(parse_json('\"text\"') AS STRING) AS s, CAST(parse_json('[1, \"a\"]') AS STRING) "
        + "AS a, CAST(parse_json('42') AS BIGINT) AS l, TRY_CAST(parse_json('\"x\"') AS INT) AS t, "
        + "CAST(parse_json('null') AS INT) AS n");
    sql("variant_in_where", "SELECT id FROM VALUES (1, '{\"k\": 5}'), (2, '{\"k\": 50}'), (3, '{}') AS t(id, j) "
        + "WHERE variant_get(parse_json(j), '$.k', 'int') > 10");
    sql("variant_in_struct_and_array", "SELECT named_struct('v', parse_json('{\"a\": 1}')) AS s, "
        + "array(parse_json('1'), parse_json('\"x\"')) AS a");
    sql("variant_explode_array", "SELECT * FROM variant_explode(parse_json('[\"hello\", 2, null, {\"a\": 1}]'))");
    sql("variant_explode_object", "SELECT pos, key, value FROM variant_explode(input => parse_json("
        + "'{\"b\": true, \"a\": 3.14, \"\": \"empty key\"}'))");
    sql("variant_explode_scalar_and_outer", "SELECT * FROM variant_explode(parse_json('1')) UNION ALL "
        + "SELECT * FROM variant_explode_outer(parse_json('1')) UNION ALL SELECT * FROM variant_explode_outer(NULL)");
    sql("variant_explode_lateral", "SELECT t.key, u.pos, u.value FROM variant_explode(parse_json("
        + "'{\"a\": [\"x\", \"y\"], \"b\": {\"c\": 1}}')) AS t, LATERAL variant_explode(t.value) AS u "
        + "ORDER BY t.key, u.pos");
    sql("variant_explode_not_variant", "SELECT * FROM variant_explode(array(1))");
    sql("schema_of_variant", "SELECT schema_of_variant(parse_json('null')) AS n, schema_of_variant(parse_json("
        + "'[{\"b\": true, \"a\": 0}]')) AS a, schema_of_variant(parse_json(" + DOCUMENT + ")) AS d, "
        + "schema_of_variant(parse_json('[1, 2.5, 1e3]')) AS numbers, schema_of_variant(parse_json('[1, \"x\"]')) AS mixed, "
        + "schema_of_variant(parse_json('[0.001, 10.0, 12.50]')) AS decimals, schema_of_variant(parse_json("
        + "'{\"a b\": 1, \"c\": [[]], \"d\": [{\"x\": 1}, {\"y\": null}]}')) AS nested, schema_of_variant(NULL) AS sql_null");
    sql("schema_of_variant_column", "SELECT j, schema_of_variant(try_parse_json(j)) FROM VALUES ('1'), ('\"s\"'), "
        + "('{\"k\": [true]}'), ('bad'), (NULL) AS t(j) ORDER BY j");
    sql("schema_of_variant_agg", "SELECT schema_of_variant_agg(parse_json(j)) AS s FROM VALUES ('{\"a\": 1}'), "
        + "('{\"b\": true}'), ('{\"c\": 1.23, \"a\": 2.5}'), (NULL) AS t(j)");
    sql("schema_of_variant_agg_groups", "SELECT g, schema_of_variant_agg(parse_json(j)) AS s FROM VALUES (1, '1'), "
        + "(1, '2.5'), (2, '\"x\"'), (2, '[1]'), (3, NULL) AS t(g, j) GROUP BY g ORDER BY g");
    sql("cast_variant_to_arrays", "SELECT CAST(parse_json('[1, 2.7, \"3\", null]') AS ARRAY<INT>) AS ints, "
        + "CAST(parse_json('[\"a\", 1, [true], {\"k\": \"v\"}]') AS ARRAY<STRING>) AS strings, "
        + "CAST(parse_json('[[1.5], [], null]') AS ARRAY<ARRAY<DOUBLE>>) AS nested, "
        + "variant_get(parse_json('{\"a\": [true, 0]}'), '$.a', 'array<boolean>') AS booleans, "
        + "TRY_CAST(parse_json('[1, \"x\"]') AS ARRAY<INT>) AS tolerant, TRY_CAST(parse_json('1') AS ARRAY<INT>) AS scalar");
    sql("cast_variant_to_array_fails", "SELECT CAST(parse_json('[1, \"x\"]') AS ARRAY<INT>)");
    sql("cast_atomic_to_variant", "SELECT CAST('a' AS VARIANT) AS s, CAST(7 AS VARIANT) AS i, "
        + "CAST(CAST(300 AS SMALLINT) AS VARIANT) AS sh, CAST(1.5D AS VARIANT) AS d, CAST(2.25F AS VARIANT) AS f, "
        + "CAST(CAST(1.50 AS DECIMAL(5, 2)) AS VARIANT) AS dec, CAST(true AS VARIANT) AS b, "
        + "CAST(DATE '2020-01-02' AS VARIANT) AS dt, CAST(X'0102' AS VARIANT) AS bin, CAST(NULL AS VARIANT) AS n");
    sql("cast_atomic_to_variant_schemas", "SELECT schema_of_variant(CAST(7 AS VARIANT)) AS i, "
        + "schema_of_variant(CAST(1.5D AS VARIANT)) AS d, schema_of_variant(CAST(2.25F AS VARIANT)) AS f, "
        + "schema_of_variant(CAST(CAST(1.50 AS DECIMAL(5, 2)) AS VARIANT)) AS dec, "
        + "schema_of_variant(CAST(DATE '2020-01-02' AS VARIANT)) AS dt, "
        + "schema_of_variant(CAST(TIMESTAMP_NTZ '2020-01-02 03:04:05' AS VARIANT)) AS ntz, "
        + "schema_of_variant(CAST(X'01' AS VARIANT)) AS bin");
    sql("cast_variant_round_trip", "SELECT CAST(CAST(x AS VARIANT) AS INT) AS i, CAST(CAST(s AS VARIANT) AS STRING) AS s, "
        + "to_json(CAST(d AS VARIANT)) AS d FROM VALUES (1, 'one', 0.5D), (NULL, NULL, NULL) AS t(x, s, d) ORDER BY i");
    sql("order_by_variant_fails", "SELECT 'a' AS a ORDER BY CAST('a' AS VARIANT)");
    query("df_parse_json", spark -> documents(spark).select(col("id"), try_parse_json(col("j")).as("v")));
    query("df_parse_json_fails", spark -> documents(spark).select(parse_json(col("j"))));
    query("df_variant_get", spark -> documents(spark).where(col("id").leq(4)).select(col("id"),
        variant_get(parse_json(col("j")), "$.a", "int").as("a"),
        try_variant_get(parse_json(col("j")), "$.b[1]", "string").as("b"),
        variant_get(parse_json(col("j")), "$.c", "variant").as("c")));
    query("df_is_variant_null_and_to_json", spark -> documents(spark).where(col("id").leq(4)).select(col("id"),
        is_variant_null(parse_json(col("j"))).as("is_null"), to_json(parse_json(col("j"))).as("json")));
    query("df_variant_schema", spark -> documents(spark).where(col("id").equalTo(1))
        .select(parse_json(col("j")).as("v"), lit(1).as("one")));
  }

  private static Dataset<Row> documents(SparkSession spark) {
    return spark.createDataFrame(DOCUMENTS, new StructType().add("id", DataTypes.IntegerType)
        .add("j", DataTypes.StringType));
  }

  private void sql(String caseName, String text) {
    query(caseName, spark -> spark.sql(text));
  }
}
