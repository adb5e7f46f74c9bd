Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "c_name#20288" AS "c_name", "c_custkey#20287" AS "c_custkey", "o_orderkey#20295" AS "o_orderkey", "o_orderdate#20299" AS "o_orderdate", CAST("o_totalprice#20298" AS DECIMAL(15,2)) AS "o_totalprice", CAST("sum_qty#20338" AS DECIMAL(25,2)) AS "sum_qty"
FROM (
  SELECT *
  FROM (
    SELECT "c_name#20288" AS "c_name#20288", "c_custkey#20287" AS "c_custkey#20287", "o_orderkey#20295" AS "o_orderkey#20295", "o_orderdate#20299" AS "o_orderdate#20299", "o_totalprice#20298" AS "o_totalprice#20298", CAST(sum("l_quantity#20326") AS DECIMAL(25,2)) AS "sum_qty#20338"
    FROM (
      SELECT *
      FROM (
        SELECT *
        FROM (
          SELECT CAST("c_custkey" AS BIGINT) AS "c_custkey#20287", CAST("c_name" AS VARCHAR) AS "c_name#20288"
          FROM read_parquet(['<data>/sf1/customer/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
        ) AS "q2" JOIN (
          SELECT CAST("o_orderkey" AS BIGINT) AS "o_orderkey#20295", CAST("o_custkey" AS BIGINT) AS "o_custkey#20296", CAST("o_totalprice" AS DECIMAL(15,2)) AS "o_totalprice#20298", CAST("o_orderdate" AS DATE) AS "o_orderdate#20299"
          FROM read_parquet(['<data>/sf1/orders/part-0001.parquet'], hive_partitioning = FALSE) AS "q3"
        ) AS "q4" ON ("c_custkey#20287" = "o_custkey#20296") SEMI JOIN (
          SELECT *
          FROM (
            SELECT "l_orderkey#20304" AS "big_orderkey#20320", CAST(sum("l_quantity#20308") AS DECIMAL(25,2)) AS "total_quantity#20321"
            FROM (
              SELECT CAST("l_orderkey" AS BIGINT) AS "l_orderkey#20304", CAST("l_quantity" AS DECIMAL(15,2)) AS "l_quantity#20308"
              FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q5"
            ) AS "q6"
            GROUP BY "l_orderkey#20304"
          ) AS "q7"
          WHERE ("total_quantity#20321" > CAST(300 AS DECIMAL(25,2)))
        ) AS "q8" ON ("o_orderkey#20295" = "big_orderkey#20320")
      ) AS "q9" JOIN (
        SELECT CAST("l_orderkey" AS BIGINT) AS "l_orderkey#20322", CAST("l_quantity" AS DECIMAL(15,2)) AS "l_quantity#20326"
        FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q10"
      ) AS "q11" ON ("o_orderkey#20295" = "l_orderkey#20322")
    ) AS "q12"
    GROUP BY "c_name#20288", "c_custkey#20287", "o_orderkey#20295", "o_orderdate#20299", "o_totalprice#20298"
  ) AS "q13"
  ORDER BY "o_totalprice#20298" DESC NULLS LAST, "o_orderdate#20299" ASC NULLS FIRST
  LIMIT 100
) AS "q14"
