Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "n_name#7136" AS "n_name", CAST("revenue#7142" AS DECIMAL(38,4)) AS "revenue"
FROM (
  SELECT *
  FROM (
    SELECT "n_name#7136" AS "n_name#7136", CAST(sum(("l_extendedprice#7117" * CAST((CAST(1 AS DECIMAL(1,0)) - "l_discount#7118") AS DECIMAL(16,2)))) AS DECIMAL(38,4)) AS "revenue#7142"
    FROM (
      SELECT *
      FROM (
        SELECT CAST("c_custkey" AS BIGINT) AS "c_custkey#7095", CAST("c_nationkey" AS BIGINT) AS "c_nationkey#7098"
        FROM read_parquet(['<data>/sf1/customer/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
      ) AS "q2" JOIN (
        SELECT *
        FROM (
          SELECT CAST("o_orderkey" AS BIGINT) AS "o_orderkey#7103", CAST("o_custkey" AS BIGINT) AS "o_custkey#7104", CAST("o_orderdate" AS DATE) AS "o_orderdate#7107"
          FROM read_parquet(['<data>/sf1/orders/part-0001.parquet'], hive_partitioning = FALSE) AS "q3"
        ) AS "q4"
        WHERE (("o_orderdate#7107" >= DATE '1994-01-01') AND ("o_orderdate#7107" < CAST((DATE '1994-01-01' + to_months(12)) AS DATE)))
      ) AS "q5" ON ("c_custkey#7095" = "o_custkey#7104") JOIN (
        SELECT CAST("l_orderkey" AS BIGINT) AS "l_orderkey#7112", CAST("l_suppkey" AS BIGINT) AS "l_suppkey#7114", CAST("l_extendedprice" AS DECIMAL(15,2)) AS "l_extendedprice#7117", CAST("l_discount" AS DECIMAL(15,2)) AS "l_discount#7118"
        FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q6"
      ) AS "q7" ON ("l_orderkey#7112" = "o_orderkey#7103") JOIN (
        SELECT CAST("s_suppkey" AS BIGINT) AS "s_suppkey#7128", CAST("s_nationkey" AS BIGINT) AS "s_nationkey#7131"
        FROM read_parquet(['<data>/sf1/supplier/part-0001.parquet'], hive_partitioning = FALSE) AS "q8"
      ) AS "q9" ON (("l_suppkey#7114" = "s_suppkey#7128") AND ("c_nationkey#7098" = "s_nationkey#7131")) JOIN (
        SELECT CAST("n_nationkey" AS BIGINT) AS "n_nationkey#7135", CAST("n_name" AS VARCHAR) AS "n_name#7136", CAST("n_regionkey" AS BIGINT) AS "n_regionkey#7137"
        FROM read_parquet(['<data>/sf1/nation/part-0001.parquet'], hive_partitioning = FALSE) AS "q10"
      ) AS "q11" ON ("s_nationkey#7131" = "n_nationkey#7135") JOIN (
        SELECT *
        FROM (
          SELECT CAST("r_regionkey" AS BIGINT) AS "r_regionkey#7139", CAST("r_name" AS VARCHAR) AS "r_name#7140"
          FROM read_parquet(['<data>/sf1/region/part-0001.parquet'], hive_partitioning = FALSE) AS "q12"
        ) AS "q13"
        WHERE ("r_name#7140" = 'ASIA')
      ) AS "q14" ON ("n_regionkey#7137" = "r_regionkey#7139")
    ) AS "q15"
    GROUP BY "n_name#7136"
  ) AS "q16"
  ORDER BY "revenue#7142" DESC NULLS LAST
) AS "q17"
