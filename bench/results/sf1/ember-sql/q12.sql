Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "l_shipmode#14785" AS "l_shipmode", "high_line_count#14796" AS "high_line_count", "low_line_count#14797" AS "low_line_count"
FROM (
  SELECT *
  FROM (
    SELECT "l_shipmode#14785" AS "l_shipmode#14785", CAST(sum(CASE WHEN ("o_orderpriority#14792" IN ('1-URGENT', '2-HIGH')) THEN 1 ELSE 0 END) AS BIGINT) AS "high_line_count#14796", CAST(sum(CASE WHEN (NOT ("o_orderpriority#14792" IN ('1-URGENT', '2-HIGH'))) THEN 1 ELSE 0 END) AS BIGINT) AS "low_line_count#14797"
    FROM (
      SELECT *
      FROM (
        SELECT *
        FROM (
          SELECT CAST("l_orderkey" AS BIGINT) AS "l_orderkey#14771", CAST("l_shipdate" AS DATE) AS "l_shipdate#14781", CAST("l_commitdate" AS DATE) AS "l_commitdate#14782", CAST("l_receiptdate" AS DATE) AS "l_receiptdate#14783", CAST("l_shipmode" AS VARCHAR) AS "l_shipmode#14785"
          FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q1"
        ) AS "q2"
        WHERE (("l_shipmode#14785" IN ('MAIL', 'SHIP')) AND ("l_commitdate#14782" < "l_receiptdate#14783") AND ("l_shipdate#14781" < "l_commitdate#14782") AND ("l_receiptdate#14783" >= DATE '1994-01-01') AND ("l_receiptdate#14783" < CAST((DATE '1994-01-01' + to_months(12)) AS DATE)))
      ) AS "q3" JOIN (
        SELECT CAST("o_orderkey" AS BIGINT) AS "o_orderkey#14787", CAST("o_orderpriority" AS VARCHAR) AS "o_orderpriority#14792"
        FROM read_parquet(['<data>/sf1/orders/part-0001.parquet'], hive_partitioning = FALSE) AS "q4"
      ) AS "q5" ON ("o_orderkey#14787" = "l_orderkey#14771")
    ) AS "q6"
    GROUP BY "l_shipmode#14785"
  ) AS "q7"
  ORDER BY "l_shipmode#14785" ASC NULLS FIRST
) AS "q8"
