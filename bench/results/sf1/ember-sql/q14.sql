Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "promo_revenue#15970" AS "promo_revenue"
FROM (
  SELECT CAST(CASE WHEN (CAST(CAST(sum(("l_extendedprice#15950" * CAST((CAST(1 AS DECIMAL(1,0)) - "l_discount#15951") AS DECIMAL(16,2)))) AS DECIMAL(38,4)) AS DOUBLE) = 0) THEN CAST(error('EMBER_RAISE:DIVIDE_BY_ZERO') AS INTEGER) ELSE ((CAST('100.0' AS DOUBLE) * CAST(CAST(sum(CASE WHEN ("p_type#15965" LIKE 'PROMO%') THEN ("l_extendedprice#15950" * CAST((CAST(1 AS DECIMAL(1,0)) - "l_discount#15951") AS DECIMAL(16,2))) ELSE CAST(0 AS DECIMAL(32,4)) END) AS DECIMAL(38,4)) AS DOUBLE)) / CAST(CAST(sum(("l_extendedprice#15950" * CAST((CAST(1 AS DECIMAL(1,0)) - "l_discount#15951") AS DECIMAL(16,2)))) AS DECIMAL(38,4)) AS DOUBLE)) END AS DOUBLE) AS "promo_revenue#15970"
  FROM (
    SELECT *
    FROM (
      SELECT *
      FROM (
        SELECT CAST("l_partkey" AS BIGINT) AS "l_partkey#15946", CAST("l_extendedprice" AS DECIMAL(15,2)) AS "l_extendedprice#15950", CAST("l_discount" AS DECIMAL(15,2)) AS "l_discount#15951", CAST("l_shipdate" AS DATE) AS "l_shipdate#15955"
        FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q1"
      ) AS "q2"
      WHERE (("l_shipdate#15955" >= DATE '1995-09-01') AND ("l_shipdate#15955" < CAST((DATE '1995-09-01' + to_months(1)) AS DATE)))
    ) AS "q3" JOIN (
      SELECT CAST("p_partkey" AS BIGINT) AS "p_partkey#15961", CAST("p_type" AS VARCHAR) AS "p_type#15965"
      FROM read_parquet(['<data>/sf1/part/part-0001.parquet'], hive_partitioning = FALSE) AS "q4"
    ) AS "q5" ON ("l_partkey#15946" = "p_partkey#15961")
  ) AS "q6"
  GROUP BY ()
) AS "q7"
