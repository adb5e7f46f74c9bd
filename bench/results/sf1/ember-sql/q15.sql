Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
WITH "shared#1" AS (
  SELECT "supplier_no#17040" AS "c0", "total_revenue#17041" AS "c1"
  FROM (
    SELECT "l_suppkey#17026" AS "supplier_no#17040", CAST(sum(("l_extendedprice#17029" * CAST((CAST(1 AS DECIMAL(1,0)) - "l_discount#17030") AS DECIMAL(16,2)))) AS DECIMAL(38,4)) AS "total_revenue#17041"
    FROM (
      SELECT *
      FROM (
        SELECT CAST("l_suppkey" AS BIGINT) AS "l_suppkey#17026", CAST("l_extendedprice" AS DECIMAL(15,2)) AS "l_extendedprice#17029", CAST("l_discount" AS DECIMAL(15,2)) AS "l_discount#17030", CAST("l_shipdate" AS DATE) AS "l_shipdate#17034"
        FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q3"
      ) AS "q4"
      WHERE (("l_shipdate#17034" >= DATE '1996-01-01') AND ("l_shipdate#17034" < CAST((DATE '1996-01-01' + to_months(3)) AS DATE)))
    ) AS "q5"
    GROUP BY "l_suppkey#17026"
  ) AS "q6"
)
SELECT "s_suppkey#17017" AS "s_suppkey", "s_name#17018" AS "s_name", "s_address#17019" AS "s_address", "s_phone#17021" AS "s_phone", CAST("total_revenue#17041" AS DECIMAL(38,4)) AS "total_revenue"
FROM (
  SELECT *
  FROM (
    SELECT "s_suppkey#17017" AS "s_suppkey#17017", "s_name#17018" AS "s_name#17018", "s_address#17019" AS "s_address#17019", "s_phone#17021" AS "s_phone#17021", "total_revenue#17041" AS "total_revenue#17041"
    FROM (
      SELECT *
      FROM (
        SELECT CAST("s_suppkey" AS BIGINT) AS "s_suppkey#17017", CAST("s_name" AS VARCHAR) AS "s_name#17018", CAST("s_address" AS VARCHAR) AS "s_address#17019", CAST("s_phone" AS VARCHAR) AS "s_phone#17021"
        FROM read_parquet(['<data>/sf1/supplier/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
      ) AS "q2" JOIN (
        SELECT "c0" AS "supplier_no#17040", "c1" AS "total_revenue#17041"
        FROM "shared#1" AS "q7"
      ) AS "q8" ON ("s_suppkey#17017" = "supplier_no#17040") JOIN (
        SELECT max("total_revenue#17059") AS "max_revenue#17060"
        FROM (
          SELECT "c0" AS "supplier_no#17058", "c1" AS "total_revenue#17059"
          FROM "shared#1" AS "q9"
        ) AS "q10"
        GROUP BY ()
      ) AS "q11" ON ("total_revenue#17041" = "max_revenue#17060")
    ) AS "q12"
  ) AS "q13"
  ORDER BY "s_suppkey#17017" ASC NULLS FIRST
) AS "q14"
