Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "ps_partkey#14033" AS "ps_partkey", CAST("value#14050" AS DECIMAL(36,2)) AS "value"
FROM (
  SELECT *
  FROM (
    SELECT "ps_partkey#14033" AS "ps_partkey#14033", "value#14050" AS "value#14050"
    FROM (
      SELECT *
      FROM (
        SELECT "ps_partkey#14033" AS "ps_partkey#14033", CAST(sum("stock_value#14049") AS DECIMAL(36,2)) AS "value#14050"
        FROM (
          SELECT "ps_partkey#14033" AS "ps_partkey#14033", ("ps_supplycost#14036" * CAST("ps_availqty#14035" AS DECIMAL(10,0))) AS "stock_value#14049"
          FROM (
            SELECT *
            FROM (
              SELECT CAST("ps_partkey" AS BIGINT) AS "ps_partkey#14033", CAST("ps_suppkey" AS BIGINT) AS "ps_suppkey#14034", CAST("ps_availqty" AS INTEGER) AS "ps_availqty#14035", CAST("ps_supplycost" AS DECIMAL(15,2)) AS "ps_supplycost#14036"
              FROM read_parquet(['<data>/sf1/partsupp/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
            ) AS "q2" JOIN (
              SELECT CAST("s_suppkey" AS BIGINT) AS "s_suppkey#14038", CAST("s_nationkey" AS BIGINT) AS "s_nationkey#14041"
              FROM read_parquet(['<data>/sf1/supplier/part-0001.parquet'], hive_partitioning = FALSE) AS "q3"
            ) AS "q4" ON ("ps_suppkey#14034" = "s_suppkey#14038") JOIN (
              SELECT *
              FROM (
                SELECT CAST("n_nationkey" AS BIGINT) AS "n_nationkey#14045", CAST("n_name" AS VARCHAR) AS "n_name#14046"
                FROM read_parquet(['<data>/sf1/nation/part-0001.parquet'], hive_partitioning = FALSE) AS "q5"
              ) AS "q6"
              WHERE ("n_name#14046" = 'GERMANY')
            ) AS "q7" ON ("s_nationkey#14041" = "n_nationkey#14045")
          ) AS "q8"
        ) AS "q9"
        GROUP BY "ps_partkey#14033"
      ) AS "q10" JOIN (
        SELECT (CAST(CAST(sum("stock_value#14067") AS DECIMAL(36,2)) AS DOUBLE) * CAST('1.0E-4' AS DOUBLE)) AS "threshold#14068"
        FROM (
          SELECT ("ps_supplycost#14054" * CAST("ps_availqty#14053" AS DECIMAL(10,0))) AS "stock_value#14067"
          FROM (
            SELECT *
            FROM (
              SELECT CAST("ps_suppkey" AS BIGINT) AS "ps_suppkey#14052", CAST("ps_availqty" AS INTEGER) AS "ps_availqty#14053", CAST("ps_supplycost" AS DECIMAL(15,2)) AS "ps_supplycost#14054"
              FROM read_parquet(['<data>/sf1/partsupp/part-0001.parquet'], hive_partitioning = FALSE) AS "q11"
            ) AS "q12" JOIN (
              SELECT CAST("s_suppkey" AS BIGINT) AS "s_suppkey#14056", CAST("s_nationkey" AS BIGINT) AS "s_nationkey#14059"
              FROM read_parquet(['<data>/sf1/supplier/part-0001.parquet'], hive_partitioning = FALSE) AS "q13"
            ) AS "q14" ON ("ps_suppkey#14052" = "s_suppkey#14056") JOIN (
              SELECT *
              FROM (
                SELECT CAST("n_nationkey" AS BIGINT) AS "n_nationkey#14063", CAST("n_name" AS VARCHAR) AS "n_name#14064"
                FROM read_parquet(['<data>/sf1/nation/part-0001.parquet'], hive_partitioning = FALSE) AS "q15"
              ) AS "q16"
              WHERE ("n_name#14064" = 'GERMANY')
            ) AS "q17" ON ("s_nationkey#14059" = "n_nationkey#14063")
          ) AS "q18"
        ) AS "q19"
        GROUP BY ()
      ) AS "q20" ON TRUE
      WHERE (CAST("value#14050" AS DOUBLE) > "threshold#14068")
    ) AS "q21"
  ) AS "q22"
  ORDER BY "value#14050" DESC NULLS LAST
) AS "q23"
