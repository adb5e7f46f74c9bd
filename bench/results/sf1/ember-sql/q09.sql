Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "nation#12087" AS "nation", "o_year#12088" AS "o_year", CAST("sum_profit#12090" AS DECIMAL(38,4)) AS "sum_profit"
FROM (
  SELECT *
  FROM (
    SELECT "nation#12087" AS "nation#12087", "o_year#12088" AS "o_year#12088", CAST(sum("amount#12089") AS DECIMAL(38,4)) AS "sum_profit#12090"
    FROM (
      SELECT "n_name#12084" AS "nation#12087", CAST(year("o_orderdate#12078") AS INTEGER) AS "o_year#12088", CAST((("l_extendedprice#12051" * CAST((CAST(1 AS DECIMAL(1,0)) - "l_discount#12052") AS DECIMAL(16,2))) - ("ps_supplycost#12072" * "l_quantity#12050")) AS DECIMAL(33,4)) AS "amount#12089"
      FROM (
        SELECT *
        FROM (
          SELECT *
          FROM (
            SELECT CAST("p_partkey" AS BIGINT) AS "p_partkey#12037", CAST("p_name" AS VARCHAR) AS "p_name#12038"
            FROM read_parquet(['<data>/sf1/part/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
          ) AS "q2"
          WHERE ("p_name#12038" LIKE '%green%')
        ) AS "q3" JOIN (
          SELECT CAST("l_orderkey" AS BIGINT) AS "l_orderkey#12046", CAST("l_partkey" AS BIGINT) AS "l_partkey#12047", CAST("l_suppkey" AS BIGINT) AS "l_suppkey#12048", CAST("l_quantity" AS DECIMAL(15,2)) AS "l_quantity#12050", CAST("l_extendedprice" AS DECIMAL(15,2)) AS "l_extendedprice#12051", CAST("l_discount" AS DECIMAL(15,2)) AS "l_discount#12052"
          FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q4"
        ) AS "q5" ON ("p_partkey#12037" = "l_partkey#12047") JOIN (
          SELECT CAST("s_suppkey" AS BIGINT) AS "s_suppkey#12062", CAST("s_nationkey" AS BIGINT) AS "s_nationkey#12065"
          FROM read_parquet(['<data>/sf1/supplier/part-0001.parquet'], hive_partitioning = FALSE) AS "q6"
        ) AS "q7" ON ("s_suppkey#12062" = "l_suppkey#12048") JOIN (
          SELECT CAST("ps_partkey" AS BIGINT) AS "ps_partkey#12069", CAST("ps_suppkey" AS BIGINT) AS "ps_suppkey#12070", CAST("ps_supplycost" AS DECIMAL(15,2)) AS "ps_supplycost#12072"
          FROM read_parquet(['<data>/sf1/partsupp/part-0001.parquet'], hive_partitioning = FALSE) AS "q8"
        ) AS "q9" ON (("ps_suppkey#12070" = "l_suppkey#12048") AND ("ps_partkey#12069" = "l_partkey#12047")) JOIN (
          SELECT CAST("o_orderkey" AS BIGINT) AS "o_orderkey#12074", CAST("o_orderdate" AS DATE) AS "o_orderdate#12078"
          FROM read_parquet(['<data>/sf1/orders/part-0001.parquet'], hive_partitioning = FALSE) AS "q10"
        ) AS "q11" ON ("o_orderkey#12074" = "l_orderkey#12046") JOIN (
          SELECT CAST("n_nationkey" AS BIGINT) AS "n_nationkey#12083", CAST("n_name" AS VARCHAR) AS "n_name#12084"
          FROM read_parquet(['<data>/sf1/nation/part-0001.parquet'], hive_partitioning = FALSE) AS "q12"
        ) AS "q13" ON ("s_nationkey#12065" = "n_nationkey#12083")
      ) AS "q14"
    ) AS "q15"
    GROUP BY "nation#12087", "o_year#12088"
  ) AS "q16"
  ORDER BY "nation#12087" ASC NULLS FIRST, "o_year#12088" DESC NULLS LAST
) AS "q17"
