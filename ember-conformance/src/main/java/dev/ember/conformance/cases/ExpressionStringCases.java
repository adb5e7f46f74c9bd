package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Expression strings — {@code selectExpr}, {@code expr}, {@code filter(String)}, {@code where(String)} — parsed with
 * Spark's SQL grammar: literals of every syntax, operators, predicates, CASE, CAST, functions, special forms, the
 * column names Spark derives from the text, and parse and analysis errors.
 */
public final class ExpressionStringCases extends CaseGroup {
  public ExpressionStringCases() {
    super("expression_strings");
    query("arithmetic", spark -> people(spark).selectExpr("id", "id + 1", "id * 2 AS doubled", "id / 2", "id % 3",
        "id div 2", "-id", "+id", "~id", "id & 3", "id | 4", "id ^ 1"));
    query("comparisons", spark -> people(spark).selectExpr("id = 1", "id == 1", "id != 1", "id <> 1",
        "name <=> NULL", "id < 2", "id <= 2", "id > 2", "id >= 2"));
    query("logic", spark -> people(spark).selectExpr("id > 1 AND id < 4", "NOT (id = 2)", "id = 1 OR id = 3",
        "!(id = 1)", "flag AND id > 2"));
    query("numeric_literals", spark -> spark.range(1).selectExpr("1", "1L", "1S", "1Y", "1.5", "1.5D", "1.5F",
        "1e3", "1.5BD", "-7", "9999999999", "99999999999999999999", ".5", "1.", "0.000"));
    query("other_literals", spark -> spark.range(1).selectExpr("'abc'", "\"double quoted\"", "'it''s'", "'a\\tb'",
        "'con' 'cat'", "TRUE", "false", "NULL", "DATE '2024-01-05'", "DATE '2024-1-5'", "X'0A1F'", "'\\u0041'"));
    query("between_in", spark -> people(spark).selectExpr("id", "id BETWEEN 2 AND 3", "id NOT BETWEEN 2 AND 3",
        "id IN (1, 3)", "id NOT IN (1, 3)", "name IN ('b', NULL)"));
    query("like_and_nulls", spark -> people(spark).selectExpr("name", "name LIKE 'a%'", "name NOT LIKE 'a%'",
        "name ILIKE 'A%'", "name RLIKE '^b'", "name IS NULL", "name IS NOT NULL", "name LIKE 'a!%' ESCAPE '!'"));
    query("is_boolean_and_distinct", spark -> people(spark).selectExpr("flag IS TRUE", "flag IS NOT FALSE",
        "flag IS UNKNOWN", "name IS DISTINCT FROM 'a'", "name IS NOT DISTINCT FROM NULL"));
    query("case_expressions", spark -> people(spark).selectExpr("CASE WHEN id > 2 THEN 'big' ELSE 'small' END",
        "CASE id WHEN 1 THEN 'one' WHEN 2 THEN 'two' END", "CASE WHEN name IS NULL THEN 0 END AS missing"));
    query("casts", spark -> people(spark).selectExpr("CAST(id AS STRING)", "CAST(id AS DECIMAL(10, 2))",
        "TRY_CAST('x' AS INT)", "id::string", "CAST('2024-02-03' AS DATE)", "CAST(array(id) AS array<string>)"));
    query("functions", spark -> people(spark).selectExpr("upper(name)", "concat(name, '!')", "name || '?'",
        "coalesce(name, 'none')", "length(name) AS len", "round(id / 3, 2)", "IF(id > 2, 'y', 'n')"));
    query("aggregates", spark -> people(spark).selectExpr("count(*)", "count(DISTINCT name)", "sum(id)",
        "avg(id) AS mean", "max(name)", "COUNT(1)"));
    query("complex_values", spark -> people(spark).selectExpr("array(1, 2, 3)[0]", "struct(id, name).name",
        "map('a', 1)['a']", "named_struct('x', id).x", "size(array(1, 2))", "array(id, id + 1) AS pair"));
    query("lambdas", spark -> spark.range(1).selectExpr("transform(array(1, 2), x -> x + 1)",
        "filter(array(1, 2, 3), x -> x % 2 = 1)", "aggregate(array(1, 2, 3), 0, (acc, x) -> acc + x)",
        "exists(array(1, 2), x -> x > 1)"));
    query("special_forms", spark -> spark.range(1).selectExpr("extract(YEAR FROM DATE '2024-03-05')",
        "substring('hello' FROM 2 FOR 3)", "substring('hello', 2)", "trim(BOTH 'x' FROM 'xxhixx')",
        "trim(LEADING 'x' FROM 'xxhixx')", "trim('  hi  ')", "position('l' IN 'hello')",
        "overlay('Spark SQL' PLACING '_' FROM 6)", "current_date() IS NOT NULL", "current_date IS NOT NULL"));
    query("identifiers", spark -> spaced(spark).selectExpr("`a b`", "`a b` + 1 AS plus", "s.x", "s.`y`", "`s`.x AS sx",
        "*"));
    query("star_and_qualified", spark -> people(spark).as("p").selectExpr("p.*"));
    query("filter_string", spark -> people(spark).filter("id > 2 AND name IS NOT NULL"));
    query("where_string", spark -> people(spark).where("name = 'b' OR id = 1"));
    query("expr_in_with_column", spark -> people(spark).withColumn("z", expr("id * 10")).withColumn("w",
        expr("concat(name, '-', CAST(id AS STRING)) AS ignored")));
    query("expr_in_agg", spark -> people(spark).groupBy(col("flag")).agg(expr("sum(id) AS s"), expr("count(*)"))
        .orderBy("flag"));
    query("expr_in_order_by", spark -> people(spark).orderBy(expr("id % 2"), expr("id")));
    query("multi_alias", spark -> spark.range(1).selectExpr("posexplode(array(10, 20)) AS (p, v)"));
    query("alias_without_as", spark -> people(spark).selectExpr("id plus_one", "id + 1 `odd name`"));
    query("case_insensitive_keywords", spark -> people(spark).selectExpr("id between 1 and 2", "Case When ID = 1 "
        + "then 'x' End", "cast(ID as bigint)"));
    query("comments_and_spaces", spark -> people(spark).selectExpr("id /* a comment */ + 1", "  id  ",
        "id -- the rest\n + 2"));
    query("window_functions", spark -> people(spark).selectExpr("id",
        "row_number() OVER (PARTITION BY flag ORDER BY id) AS rn",
        "sum(id) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS running",
        "avg(id) OVER (PARTITION BY flag) AS mean", "rank() OVER (ORDER BY name DESC NULLS LAST) AS r",
        "lag(id, 1) OVER (ORDER BY id) AS previous", "count(*) OVER () AS total").orderBy("id"));
    query("window_names", spark -> people(spark).selectExpr("id",
        "sum(id) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 1 FOLLOWING)",
        "max(id) OVER (PARTITION BY flag ORDER BY id RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)",
        "dense_rank() OVER (ORDER BY flag ASC NULLS LAST, id DESC)").orderBy("id"));
    query("interval_literals", spark -> spark.range(1).selectExpr("INTERVAL 1 DAY", "INTERVAL '3' HOUR",
        "INTERVAL 1 DAY 2 HOURS", "INTERVAL 2 YEARS", "INTERVAL 1 YEAR 3 MONTHS", "INTERVAL 90 MINUTES",
        "INTERVAL 1.5 SECONDS", "INTERVAL 2 WEEKS", "INTERVAL -3 DAYS", "INTERVAL 250 MILLISECONDS"));
    query("interval_arithmetic", spark -> spark.range(1).selectExpr("DATE '2024-01-31' + INTERVAL 1 MONTH",
        "DATE '2024-03-01' - INTERVAL 1 DAY", "INTERVAL 1 DAY * 3", "INTERVAL 2 HOURS > INTERVAL 90 MINUTES"));
    query("common_patterns", spark -> people(spark).selectExpr("id", "nvl(name, 'none') AS named",
        "to_date('2024-01-05') AS d", "date_format(DATE '2024-01-05', 'yyyy-MM') AS ym", "struct(id AS x, name) AS s",
        "upper(name) AS up", "round(id * 1.1, 1) AS r", "explode(array(1, 2)) AS e", "ifnull(flag, false) AS f",
        "CAST(id AS INT) + 1 AS plus", "abs(-id) AS a", "greatest(id, 2) AS g", "id * 1.0 / 3 AS ratio")
        .orderBy("id", "e"));
    query("common_filters", spark -> people(spark).filter("name IS NOT NULL AND (id >= 2 OR flag)")
        .filter("lower(name) LIKE 'a%' OR name = 'b'").where("id NOT IN (99)").selectExpr("id", "name"));
    query("nested_fields", spark -> spark.range(2).selectExpr("named_struct('a', named_struct('b', id)) AS s")
        .selectExpr("s.a.b", "s.a", "s['a']['b'] AS bb"));
    query("timestamp_literals", spark -> spark.range(1).selectExpr("TIMESTAMP '2024-01-05 10:30:00'",
        "TIMESTAMP '2024-01-05'", "TIMESTAMP '2024-1-5T07:08:09.5'", "TIMESTAMP_NTZ '2024-01-05 10:30:00.123'",
        "TIMESTAMP_LTZ '2024-01-05 10:30:00'", "TIMESTAMP '2024-01-05 10:30:00' + INTERVAL 1 HOUR AS later",
        "TIMESTAMP '2024-01-05 10:30:00' > TIMESTAMP '2024-01-05'"));
    check("timestamp_literal_in_session_zone", (spark, outcome) -> {
      spark.conf().set("spark.sql.session.timeZone", "America/Los_Angeles");
      try {
        outcome.dataset(spark.range(1).selectExpr("TIMESTAMP '2024-07-01 12:00:00' AS t",
            "CAST(TIMESTAMP '2024-07-01 12:00:00' AS LONG) AS epoch", "TIMESTAMP_NTZ '2024-07-01 12:00:00' AS n"));
      } finally {
        spark.conf().unset("spark.sql.session.timeZone");
      }
    });
    query("timestamp_literal_filter", spark -> spark.range(3).selectExpr(
        "TIMESTAMP '2024-01-01 00:00:00' + make_interval(0, 0, 0, CAST(id AS INT)) AS ts")
        .filter("ts >= TIMESTAMP '2024-01-02'"));
    query("error_timestamp_literal", spark -> spark.range(1).selectExpr("TIMESTAMP '2024-13-01 00:00:00'"));
    query("interval_strings", spark -> spark.range(1).selectExpr("INTERVAL '1-2' YEAR TO MONTH",
        "INTERVAL '-3-11' YEAR TO MONTH", "INTERVAL '1 02:03:04.5' DAY TO SECOND", "INTERVAL '2 05' DAY TO HOUR",
        "INTERVAL '3 04:05' DAY TO MINUTE", "INTERVAL '10:20' HOUR TO MINUTE", "INTERVAL '-1:02:03' HOUR TO SECOND",
        "INTERVAL '59:59.999999' MINUTE TO SECOND", "DATE '2024-01-31' + INTERVAL '0-1' YEAR TO MONTH AS next"));
    query("error_syntax", spark -> people(spark).selectExpr("id +"));
    query("error_syntax_keyword", spark -> people(spark).selectExpr("id AS a b"));
    query("error_select_statement", spark -> people(spark).selectExpr("SELECT 1"));
    query("error_unknown_column", spark -> people(spark).selectExpr("nope + 1"));
    query("error_unknown_function", spark -> people(spark).selectExpr("no_such_fn(id)"));
    query("error_literal_range", spark -> spark.range(1).selectExpr("40000S"));
    query("error_tinyint_range", spark -> spark.range(1).selectExpr("200Y"));
    query("error_decimal_precision", spark -> spark.range(1).selectExpr("123456789012345678901234567890123456789"));
    query("error_date_literal", spark -> spark.range(1).selectExpr("DATE '2024-13-01'"));
    query("error_filter_not_boolean", spark -> people(spark).filter("id + 1"));
    query("error_unclosed_string", spark -> people(spark).selectExpr("'abc"));
    query("error_unclosed_comment", spark -> people(spark).selectExpr("id /* never closed"));
    query("error_empty", spark -> people(spark).selectExpr(""));
    query("error_wrong_arguments", spark -> people(spark).selectExpr("upper(name, name)"));
  }

  /** {@code id bigint, name string, flag boolean}: ids 1-4, a NULL name, a NULL flag. */
  private static Dataset<Row> people(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(
        RowFactory.create(1L, "a", true),
        RowFactory.create(2L, "b", false),
        RowFactory.create(3L, null, null),
        RowFactory.create(4L, "a%", true)),
        new StructType().add("id", DataTypes.LongType, false).add("name", DataTypes.StringType)
            .add("flag", DataTypes.BooleanType));
  }

  /** A column named {@code a b} and a struct {@code s} with fields x and y. */
  private static Dataset<Row> spaced(SparkSession spark) {
    return spark.range(2).selectExpr("id AS `a b`", "named_struct('x', id, 'y', id * 2) AS s");
  }
}
