Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT CAST("s_acctbal#4304" AS DECIMAL(15,2)) AS "s_acctbal", "s_name#4300" AS "s_name", "n_name#4296" AS "n_name", "p_partkey#4283" AS "p_partkey", "p_mfgr#4285" AS "p_mfgr", "s_address#4301" AS "s_address", "s_phone#4303" AS "s_phone", "s_comment#4305" AS "s_comment"
FROM (
  SELECT *
  FROM (
    SELECT "s_acctbal#4304" AS "s_acctbal#4304", "s_name#4300" AS "s_name#4300", "n_name#4296" AS "n_name#4296", "p_partkey#4283" AS "p_partkey#4283", "p_mfgr#4285" AS "p_mfgr#4285", "s_address#4301" AS "s_address#4301", "s_phone#4303" AS "s_phone#4303", "s_comment#4305" AS "s_comment#4305"
    FROM (
      SELECT *
      FROM (
        SELECT *
        FROM (
          SELECT CAST("p_partkey" AS BIGINT) AS "p_partkey#4283", CAST("p_mfgr" AS VARCHAR) AS "p_mfgr#4285", CAST("p_type" AS VARCHAR) AS "p_type#4287", CAST("p_size" AS INTEGER) AS "p_size#4288"
          FROM read_parquet(['<data>/sf1/part/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
        ) AS "q2"
        WHERE (("p_size#4288" = 15) AND ("p_type#4287" LIKE '%BRASS'))
      ) AS "q3" JOIN (
        (
          SELECT *
          FROM (
            SELECT CAST("r_regionkey" AS BIGINT) AS "r_regionkey#4292", CAST("r_name" AS VARCHAR) AS "r_name#4293"
            FROM read_parquet(['<data>/sf1/region/part-0001.parquet'], hive_partitioning = FALSE) AS "q4"
          ) AS "q5"
          WHERE ("r_name#4293" = 'EUROPE')
        ) AS "q6" JOIN (
          SELECT CAST("n_nationkey" AS BIGINT) AS "n_nationkey#4295", CAST("n_name" AS VARCHAR) AS "n_name#4296", CAST("n_regionkey" AS BIGINT) AS "n_regionkey#4297"
          FROM read_parquet(['<data>/sf1/nation/part-0001.parquet'], hive_partitioning = FALSE) AS "q7"
        ) AS "q8" ON ("r_regionkey#4292" = "n_regionkey#4297") JOIN (
          SELECT CAST("s_suppkey" AS BIGINT) AS "s_suppkey#4299", CAST("s_name" AS VARCHAR) AS "s_name#4300", CAST("s_address" AS VARCHAR) AS "s_address#4301", CAST("s_nationkey" AS BIGINT) AS "s_nationkey#4302", CAST("s_phone" AS VARCHAR) AS "s_phone#4303", CAST("s_acctbal" AS DECIMAL(15,2)) AS "s_acctbal#4304", CAST("s_comment" AS VARCHAR) AS "s_comment#4305"
          FROM read_parquet(['<data>/sf1/supplier/part-0001.parquet'], hive_partitioning = FALSE) AS "q9"
        ) AS "q10" ON ("n_nationkey#4295" = "s_nationkey#4302") JOIN (
          SELECT CAST("ps_partkey" AS BIGINT) AS "ps_partkey#4306", CAST("ps_suppkey" AS BIGINT) AS "ps_suppkey#4307", CAST("ps_supplycost" AS DECIMAL(15,2)) AS "ps_supplycost#4309"
          FROM read_parquet(['<data>/sf1/partsupp/part-0001.parquet'], hive_partitioning = FALSE) AS "q11"
        ) AS "q12" ON ("s_suppkey#4299" = "ps_suppkey#4307")
      ) ON ("p_partkey#4283" = "ps_partkey#4306") JOIN (
        SELECT "ps_partkey#4325" AS "min_partkey#4330", min("ps_supplycost#4328") AS "min_supplycost#4331"
        FROM (
          SELECT *
          FROM (
            SELECT *
            FROM (
              SELECT CAST("r_regionkey" AS BIGINT) AS "r_regionkey#4311", CAST("r_name" AS VARCHAR) AS "r_name#4312"
              FROM read_parquet(['<data>/sf1/region/part-0001.parquet'], hive_partitioning = FALSE) AS "q13"
            ) AS "q14"
            WHERE ("r_name#4312" = 'EUROPE')
          ) AS "q15" JOIN (
            SELECT CAST("n_nationkey" AS BIGINT) AS "n_nationkey#4314", CAST("n_regionkey" AS BIGINT) AS "n_regionkey#4316"
            FROM read_parquet(['<data>/sf1/nation/part-0001.parquet'], hive_partitioning = FALSE) AS "q16"
          ) AS "q17" ON ("r_regionkey#4311" = "n_regionkey#4316") JOIN (
            SELECT CAST("s_suppkey" AS BIGINT) AS "s_suppkey#4318", CAST("s_nationkey" AS BIGINT) AS "s_nationkey#4321"
            FROM read_parquet(['<data>/sf1/supplier/part-0001.parquet'], hive_partitioning = FALSE) AS "q18"
          ) AS "q19" ON ("n_nationkey#4314" = "s_nationkey#4321") JOIN (
            SELECT CAST("ps_partkey" AS BIGINT) AS "ps_partkey#4325", CAST("ps_suppkey" AS BIGINT) AS "ps_suppkey#4326", CAST("ps_supplycost" AS DECIMAL(15,2)) AS "ps_supplycost#4328"
            FROM read_parquet(['<data>/sf1/partsupp/part-0001.parquet'], hive_partitioning = FALSE) AS "q20"
          ) AS "q21" ON ("s_suppkey#4318" = "ps_suppkey#4326")
        ) AS "q22"
        GROUP BY "ps_partkey#4325"
      ) AS "q23" ON (("p_partkey#4283" = "min_partkey#4330") AND ("ps_supplycost#4309" = "min_supplycost#4331"))
    ) AS "q24"
  ) AS "q25"
  ORDER BY "s_acctbal#4304" DESC NULLS LAST, "n_name#4296" ASC NULLS FIRST, "s_name#4300" ASC NULLS FIRST, "p_partkey#4283" ASC NULLS FIRST
  LIMIT 100
) AS "q26"
