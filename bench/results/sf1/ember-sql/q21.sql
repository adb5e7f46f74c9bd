Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "s_name#23870" AS "s_name", "numwait#23941" AS "numwait"
FROM (
  SELECT *
  FROM (
    SELECT "s_name#23870" AS "s_name#23870", count(1) AS "numwait#23941"
    FROM (
      SELECT *
      FROM (
        SELECT *
        FROM (
          SELECT CAST("s_suppkey" AS BIGINT) AS "s_suppkey#23869", CAST("s_name" AS VARCHAR) AS "s_name#23870", CAST("s_nationkey" AS BIGINT) AS "s_nationkey#23872"
          FROM read_parquet(['<data>/sf1/supplier/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
        ) AS "q2" JOIN (
          SELECT *
          FROM (
            SELECT CAST("n_nationkey" AS BIGINT) AS "n_nationkey#23876", CAST("n_name" AS VARCHAR) AS "n_name#23877"
            FROM read_parquet(['<data>/sf1/nation/part-0001.parquet'], hive_partitioning = FALSE) AS "q3"
          ) AS "q4"
          WHERE ("n_name#23877" = 'SAUDI ARABIA')
        ) AS "q5" ON ("s_nationkey#23872" = "n_nationkey#23876") JOIN (
          SELECT *
          FROM (
            SELECT CAST("l_orderkey" AS BIGINT) AS "l_orderkey#23880", CAST("l_suppkey" AS BIGINT) AS "l_suppkey#23882", CAST("l_commitdate" AS DATE) AS "l_commitdate#23891", CAST("l_receiptdate" AS DATE) AS "l_receiptdate#23892"
            FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q6"
          ) AS "q7"
          WHERE ("l_receiptdate#23892" > "l_commitdate#23891")
        ) AS "q8" ON ("s_suppkey#23869" = "l_suppkey#23882") JOIN (
          SELECT *
          FROM (
            SELECT CAST("o_orderkey" AS BIGINT) AS "o_orderkey#23896", CAST("o_orderstatus" AS VARCHAR) AS "o_orderstatus#23898"
            FROM read_parquet(['<data>/sf1/orders/part-0001.parquet'], hive_partitioning = FALSE) AS "q9"
          ) AS "q10"
          WHERE ("o_orderstatus#23898" = 'F')
        ) AS "q11" ON ("o_orderkey#23896" = "l_orderkey#23880") SEMI JOIN (
          SELECT "l_orderkey#23905" AS "l2_orderkey#23921", "l_suppkey#23907" AS "l2_suppkey#23922"
          FROM (
            SELECT CAST("l_orderkey" AS BIGINT) AS "l_orderkey#23905", CAST("l_suppkey" AS BIGINT) AS "l_suppkey#23907"
            FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q12"
          ) AS "q13"
        ) AS "q14" ON (("l2_orderkey#23921" = "l_orderkey#23880") AND (NOT ("l2_suppkey#23922" = "l_suppkey#23882")))
      ) AS "q15" ANTI JOIN (
        SELECT "l_orderkey#23923" AS "l3_orderkey#23939", "l_suppkey#23925" AS "l3_suppkey#23940"
        FROM (
          SELECT *
          FROM (
            SELECT CAST("l_orderkey" AS BIGINT) AS "l_orderkey#23923", CAST("l_suppkey" AS BIGINT) AS "l_suppkey#23925", CAST("l_commitdate" AS DATE) AS "l_commitdate#23934", CAST("l_receiptdate" AS DATE) AS "l_receiptdate#23935"
            FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q16"
          ) AS "q17"
          WHERE ("l_receiptdate#23935" > "l_commitdate#23934")
        ) AS "q18"
      ) AS "q19" ON (("l3_orderkey#23939" = "l_orderkey#23880") AND (NOT ("l3_suppkey#23940" = "l_suppkey#23882")))
    ) AS "q20"
    GROUP BY "s_name#23870"
  ) AS "q21"
  ORDER BY "numwait#23941" DESC NULLS LAST, "s_name#23870" ASC NULLS FIRST
  LIMIT 100
) AS "q22"
