package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import dev.ember.conformance.CaseGroup;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * from_json's datetime options (dateFormat, timestampFormat, timestampNTZFormat): fields read with the user's
 * pattern (top level, nested, in arrays), what a value the pattern does not read gives, and Spark's parser policies
 * (spark.sql.legacy.timeParserPolicy: CORRECTED, EXCEPTION's SparkUpgradeException, LEGACY).
 */
public final class JsonOptionCases extends CaseGroup {
  private static final String POLICY = "spark.sql.legacy.timeParserPolicy";

  public JsonOptionCases() {
    super("json_options");
    query("date_format", spark -> spark.sql("SELECT from_json('{\"d\": \"03/15/2024\", \"n\": 1}', 'd date, n int', "
        + "map('dateFormat', 'MM/dd/yyyy')) AS r"));
    query("date_format_not_matching", spark -> spark.sql("SELECT from_json('{\"d\": \"2024-03-15\", \"n\": 1}', "
        + "'d date, n int', map('dateFormat', 'MM/dd/yyyy')) AS r"));
    query("date_format_invalid_day", spark -> spark.sql("SELECT from_json('{\"d\": \"02-29\"}', 'd date', "
        + "map('dateFormat', 'MM-dd')) AS r"));
    query("date_format_number", spark -> spark.sql("SELECT from_json('{\"d\": 20240315}', 'd date', "
        + "map('dateFormat', 'yyyyMMdd')) AS r"));
    query("timestamp_format", spark -> spark.sql("SELECT from_json('{\"t\": \"15.03.2024 10:11:12\"}', 't timestamp',"
        + " map('timestampFormat', 'dd.MM.yyyy HH:mm:ss')) AS r"));
    query("timestamp_format_fraction", spark -> spark.sql("SELECT from_json('{\"t\": \"2024/03/15 10:11:12.345\"}', "
        + "'t timestamp', map('timestampFormat', 'yyyy/MM/dd HH:mm:ss.SSS')) AS r"));
    query("timestamp_format_not_matching", spark -> spark.sql("SELECT from_json("
        + "'{\"t\": \"2024-03-15T10:11:12\", \"n\": 2}', 't timestamp, n int', "
        + "map('timestampFormat', 'dd.MM.yyyy HH:mm:ss')) AS r"));
    query("timestamp_ntz_format", spark -> spark.sql("SELECT from_json('{\"t\": \"15.03.2024 10:11\"}', "
        + "'t timestamp_ntz', map('timestampNTZFormat', 'dd.MM.yyyy HH:mm')) AS r"));
    query("date_and_timestamp_formats", spark -> spark.sql("SELECT from_json("
        + "'{\"d\": \"15.03.2024\", \"t\": \"15.03.2024 01:02\"}', 'd date, t timestamp', "
        + "map('dateFormat', 'dd.MM.yyyy', 'timestampFormat', 'dd.MM.yyyy HH:mm')) AS r"));
    query("timestamp_format_for_a_date", spark -> spark.sql("SELECT from_json('{\"d\": \"15.03.2024\"}', "
        + "'d date', map('timestampFormat', 'dd.MM.yyyy')) AS r"));
    query("nested_and_array", spark -> spark.sql("SELECT from_json("
        + "'{\"s\": {\"d\": \"03/15/2024\"}, \"a\": [\"03/16/2024\", \"x\"]}', 's struct<d: date>, a array<date>', "
        + "map('dateFormat', 'MM/dd/yyyy')) AS r"));
    query("array_schema", spark -> spark.sql("SELECT from_json('[\"03/15/2024\"]', 'array<date>', "
        + "map('dateFormat', 'MM/dd/yyyy')) AS r"));
    query("map_schema", spark -> spark.sql("SELECT from_json('{\"a\": \"03/15/2024\"}', 'map<string, date>', "
        + "map('dateFormat', 'MM/dd/yyyy')) AS r"));
    query("dataframe_options", spark -> spark.sql("SELECT '{\"d\": \"15-03-2024\"}' AS j").select(from_json(col("j"),
        new StructType().add("d", DataTypes.DateType), Map.of("dateFormat", "dd-MM-yyyy")).as("r")));
    query("null_and_missing", spark -> spark.sql("SELECT from_json(j, 'd date, t timestamp', "
        + "map('dateFormat', 'MM/dd/yyyy', 'timestampFormat', 'MM/dd/yyyy HH:mm')) AS r "
        + "FROM VALUES ('{\"d\": null}'), ('{}'), (NULL), ('not json') AS t(j)"));
    query("invalid_pattern", spark -> spark.sql("SELECT from_json('{\"d\": \"2024\"}', 'd date', "
        + "map('dateFormat', 'yyyy-qqqqqq')) AS r"));
    withConf("policy_exception_parses", POLICY, "EXCEPTION", spark -> spark.sql(
        "SELECT from_json('{\"d\": \"03/15/2024\"}', 'd date', map('dateFormat', 'MM/dd/yyyy')) AS r"));
    withConf("policy_exception_legacy_only", POLICY, "EXCEPTION", spark -> spark.sql(
        "SELECT from_json('{\"d\": \"02-29\"}', 'd date', map('dateFormat', 'MM-dd')) AS r"));
    withConf("policy_exception_neither", POLICY, "EXCEPTION", spark -> spark.sql(
        "SELECT from_json('{\"d\": \"xx\"}', 'd date', map('dateFormat', 'MM-dd')) AS r"));
    withConf("policy_exception_timestamp", POLICY, "EXCEPTION", spark -> spark.sql(
        "SELECT from_json('{\"t\": \"02-29 10:00\"}', 't timestamp', map('timestampFormat', 'MM-dd HH:mm')) AS r"));
    withConf("policy_legacy", POLICY, "LEGACY", spark -> spark.sql(
        "SELECT from_json('{\"d\": \"03/15/2024\"}', 'd date', map('dateFormat', 'MM/dd/yyyy')) AS r"));
    query("to_date_policy_default", spark -> spark.sql("SELECT try_to_date('02-29', 'MM-dd') AS d"));
    withConf("to_date_policy_exception", POLICY, "EXCEPTION", spark -> spark.sql(
        "SELECT to_date('02-29', 'MM-dd') AS d"));
    withConf("to_timestamp_policy_exception", POLICY, "EXCEPTION", spark -> spark.sql(
        "SELECT to_timestamp('2024-02-30 10:00', 'yyyy-MM-dd HH:mm') AS t"));
    withConf("to_date_policy_exception_parses", POLICY, "EXCEPTION", spark -> spark.sql(
        "SELECT to_date('03-15-2024', 'MM-dd-yyyy') AS d"));
  }
}
