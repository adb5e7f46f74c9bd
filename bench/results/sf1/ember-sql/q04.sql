Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "o_orderpriority#5940" AS "o_orderpriority", "order_count#5960" AS "order_count"
FROM (
  SELECT *
  FROM (
    SELECT "o_orderpriority#5940" AS "o_orderpriority#5940", count(1) AS "order_count#5960"
    FROM (
      SELECT *
      FROM (
        SELECT *
        FROM (
          SELECT CAST("o_orderkey" AS BIGINT) AS "o_orderkey#5935", CAST("o_orderdate" AS DATE) AS "o_orderdate#5939", CAST("o_orderpriority" AS VARCHAR) AS "o_orderpriority#5940"
          FROM read_parquet(['<data>/sf1/orders/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
        ) AS "q2"
        WHERE (("o_orderdate#5939" >= DATE '1993-07-01') AND ("o_orderdate#5939" < CAST((DATE '1993-07-01' + to_months(3)) AS DATE)))
      ) AS "q3" SEMI JOIN (
        SELECT *
        FROM (
          SELECT CAST("l_orderkey" AS BIGINT) AS "l_orderkey#5944", CAST("l_commitdate" AS DATE) AS "l_commitdate#5955", CAST("l_receiptdate" AS DATE) AS "l_receiptdate#5956"
          FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q4"
        ) AS "q5"
        WHERE ("l_commitdate#5955" < "l_receiptdate#5956")
      ) AS "q6" ON ("o_orderkey#5935" = "l_orderkey#5944")
    ) AS "q7"
    GROUP BY "o_orderpriority#5940"
  ) AS "q8"
  ORDER BY "o_orderpriority#5940" ASC NULLS FIRST
) AS "q9"
