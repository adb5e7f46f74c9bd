Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT CAST("revenue#7677" AS DECIMAL(38,4)) AS "revenue"
FROM (
  SELECT CAST(sum(("l_extendedprice#7666" * "l_discount#7667")) AS DECIMAL(38,4)) AS "revenue#7677"
  FROM (
    SELECT *
    FROM (
      SELECT CAST("l_quantity" AS DECIMAL(15,2)) AS "l_quantity#7665", CAST("l_extendedprice" AS DECIMAL(15,2)) AS "l_extendedprice#7666", CAST("l_discount" AS DECIMAL(15,2)) AS "l_discount#7667", CAST("l_shipdate" AS DATE) AS "l_shipdate#7671"
      FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q1"
    ) AS "q2"
    WHERE (("l_shipdate#7671" >= DATE '1994-01-01') AND ("l_shipdate#7671" < CAST((DATE '1994-01-01' + to_months(12)) AS DATE)) AND (CAST("l_discount#7667" AS DOUBLE) >= CAST('0.05' AS DOUBLE)) AND (CAST("l_discount#7667" AS DOUBLE) <= CAST('0.07' AS DOUBLE)) AND ("l_quantity#7665" < CAST(24 AS DECIMAL(15,2))))
  ) AS "q3"
  GROUP BY ()
) AS "q4"
