Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "l_orderkey#5244" AS "l_orderkey", CAST("revenue#5260" AS DECIMAL(38,4)) AS "revenue", "o_orderdate#5239" AS "o_orderdate", "o_shippriority#5242" AS "o_shippriority"
FROM (
  SELECT *
  FROM (
    SELECT "l_orderkey#5244" AS "l_orderkey#5244", "revenue#5260" AS "revenue#5260", "o_orderdate#5239" AS "o_orderdate#5239", "o_shippriority#5242" AS "o_shippriority#5242"
    FROM (
      SELECT "l_orderkey#5244" AS "l_orderkey#5244", "o_orderdate#5239" AS "o_orderdate#5239", "o_shippriority#5242" AS "o_shippriority#5242", CAST(sum(("l_extendedprice#5249" * CAST((CAST(1 AS DECIMAL(1,0)) - "l_discount#5250") AS DECIMAL(16,2)))) AS DECIMAL(38,4)) AS "revenue#5260"
      FROM (
        SELECT *
        FROM (
          SELECT *
          FROM (
            SELECT CAST("c_custkey" AS BIGINT) AS "c_custkey#5227", CAST("c_mktsegment" AS VARCHAR) AS "c_mktsegment#5233"
            FROM read_parquet(['<data>/sf1/customer/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
          ) AS "q2"
          WHERE ("c_mktsegment#5233" = 'BUILDING')
        ) AS "q3" JOIN (
          SELECT *
          FROM (
            SELECT CAST("o_orderkey" AS BIGINT) AS "o_orderkey#5235", CAST("o_custkey" AS BIGINT) AS "o_custkey#5236", CAST("o_orderdate" AS DATE) AS "o_orderdate#5239", CAST("o_shippriority" AS INTEGER) AS "o_shippriority#5242"
            FROM read_parquet(['<data>/sf1/orders/part-0001.parquet'], hive_partitioning = FALSE) AS "q4"
          ) AS "q5"
          WHERE ("o_orderdate#5239" < DATE '1995-03-15')
        ) AS "q6" ON ("c_custkey#5227" = "o_custkey#5236") JOIN (
          SELECT *
          FROM (
            SELECT CAST("l_orderkey" AS BIGINT) AS "l_orderkey#5244", CAST("l_extendedprice" AS DECIMAL(15,2)) AS "l_extendedprice#5249", CAST("l_discount" AS DECIMAL(15,2)) AS "l_discount#5250", CAST("l_shipdate" AS DATE) AS "l_shipdate#5254"
            FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q7"
          ) AS "q8"
          WHERE ("l_shipdate#5254" > DATE '1995-03-15')
        ) AS "q9" ON ("l_orderkey#5244" = "o_orderkey#5235")
      ) AS "q10"
      GROUP BY "l_orderkey#5244", "o_orderdate#5239", "o_shippriority#5242"
    ) AS "q11"
  ) AS "q12"
  ORDER BY "revenue#5260" DESC NULLS LAST, "o_orderdate#5239" ASC NULLS FIRST
  LIMIT 10
) AS "q13"
