Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "c_custkey#13089" AS "c_custkey", "c_name#13090" AS "c_name", CAST("revenue#13126" AS DECIMAL(38,4)) AS "revenue", CAST("c_acctbal#13094" AS DECIMAL(15,2)) AS "c_acctbal", "n_name#13123" AS "n_name", "c_address#13091" AS "c_address", "c_phone#13093" AS "c_phone", "c_comment#13096" AS "c_comment"
FROM (
  SELECT *
  FROM (
    SELECT "c_custkey#13089" AS "c_custkey#13089", "c_name#13090" AS "c_name#13090", "revenue#13126" AS "revenue#13126", "c_acctbal#13094" AS "c_acctbal#13094", "n_name#13123" AS "n_name#13123", "c_address#13091" AS "c_address#13091", "c_phone#13093" AS "c_phone#13093", "c_comment#13096" AS "c_comment#13096"
    FROM (
      SELECT "c_custkey#13089" AS "c_custkey#13089", "c_name#13090" AS "c_name#13090", "c_acctbal#13094" AS "c_acctbal#13094", "c_phone#13093" AS "c_phone#13093", "n_name#13123" AS "n_name#13123", "c_address#13091" AS "c_address#13091", "c_comment#13096" AS "c_comment#13096", CAST(sum(("l_extendedprice#13111" * CAST((CAST(1 AS DECIMAL(1,0)) - "l_discount#13112") AS DECIMAL(16,2)))) AS DECIMAL(38,4)) AS "revenue#13126"
      FROM (
        SELECT *
        FROM (
          SELECT CAST("c_custkey" AS BIGINT) AS "c_custkey#13089", CAST("c_name" AS VARCHAR) AS "c_name#13090", CAST("c_address" AS VARCHAR) AS "c_address#13091", CAST("c_nationkey" AS BIGINT) AS "c_nationkey#13092", CAST("c_phone" AS VARCHAR) AS "c_phone#13093", CAST("c_acctbal" AS DECIMAL(15,2)) AS "c_acctbal#13094", CAST("c_comment" AS VARCHAR) AS "c_comment#13096"
          FROM read_parquet(['<data>/sf1/customer/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
        ) AS "q2" JOIN (
          SELECT *
          FROM (
            SELECT CAST("o_orderkey" AS BIGINT) AS "o_orderkey#13097", CAST("o_custkey" AS BIGINT) AS "o_custkey#13098", CAST("o_orderdate" AS DATE) AS "o_orderdate#13101"
            FROM read_parquet(['<data>/sf1/orders/part-0001.parquet'], hive_partitioning = FALSE) AS "q3"
          ) AS "q4"
          WHERE (("o_orderdate#13101" >= DATE '1993-10-01') AND ("o_orderdate#13101" < CAST((DATE '1993-10-01' + to_months(3)) AS DATE)))
        ) AS "q5" ON ("c_custkey#13089" = "o_custkey#13098") JOIN (
          SELECT *
          FROM (
            SELECT CAST("l_orderkey" AS BIGINT) AS "l_orderkey#13106", CAST("l_extendedprice" AS DECIMAL(15,2)) AS "l_extendedprice#13111", CAST("l_discount" AS DECIMAL(15,2)) AS "l_discount#13112", CAST("l_returnflag" AS VARCHAR) AS "l_returnflag#13114"
            FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q6"
          ) AS "q7"
          WHERE ("l_returnflag#13114" = 'R')
        ) AS "q8" ON ("l_orderkey#13106" = "o_orderkey#13097") JOIN (
          SELECT CAST("n_nationkey" AS BIGINT) AS "n_nationkey#13122", CAST("n_name" AS VARCHAR) AS "n_name#13123"
          FROM read_parquet(['<data>/sf1/nation/part-0001.parquet'], hive_partitioning = FALSE) AS "q9"
        ) AS "q10" ON ("c_nationkey#13092" = "n_nationkey#13122")
      ) AS "q11"
      GROUP BY "c_custkey#13089", "c_name#13090", "c_acctbal#13094", "c_phone#13093", "n_name#13123", "c_address#13091", "c_comment#13096"
    ) AS "q12"
  ) AS "q13"
  ORDER BY "revenue#13126" DESC NULLS LAST
  LIMIT 20
) AS "q14"
