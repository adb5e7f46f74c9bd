Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "o_year#10651" AS "o_year", CAST("mkt_share#10653" AS DECIMAL(38,6)) AS "mkt_share"
FROM (
  SELECT *
  FROM (
    SELECT "o_year#10651" AS "o_year#10651", CAST(ember_decimal_arithmetic('divide', CAST(CAST(sum(CASE WHEN ("nation#10650" = 'BRAZIL') THEN "volume#10652" ELSE CAST(0 AS DECIMAL(32,4)) END) AS DECIMAL(38,4)) AS VARCHAR), CAST(CAST(sum("volume#10652") AS DECIMAL(38,4)) AS VARCHAR), 38, 6, TRUE) AS DECIMAL(38,6)) AS "mkt_share#10653"
    FROM (
      SELECT CAST(year("o_orderdate#10625") AS INTEGER) AS "o_year#10651", ("l_extendedprice#10603" * CAST((CAST(1 AS DECIMAL(1,0)) - "l_discount#10604") AS DECIMAL(16,2))) AS "volume#10652", "nation#10650" AS "nation#10650"
      FROM (
        SELECT *
        FROM (
          SELECT *
          FROM (
            SELECT CAST("p_partkey" AS BIGINT) AS "p_partkey#10589", CAST("p_type" AS VARCHAR) AS "p_type#10593"
            FROM read_parquet(['<data>/sf1/part/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
          ) AS "q2"
          WHERE ("p_type#10593" = 'ECONOMY ANODIZED STEEL')
        ) AS "q3" JOIN (
          SELECT CAST("l_orderkey" AS BIGINT) AS "l_orderkey#10598", CAST("l_partkey" AS BIGINT) AS "l_partkey#10599", CAST("l_suppkey" AS BIGINT) AS "l_suppkey#10600", CAST("l_extendedprice" AS DECIMAL(15,2)) AS "l_extendedprice#10603", CAST("l_discount" AS DECIMAL(15,2)) AS "l_discount#10604"
          FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q4"
        ) AS "q5" ON ("p_partkey#10589" = "l_partkey#10599") JOIN (
          SELECT CAST("s_suppkey" AS BIGINT) AS "s_suppkey#10614", CAST("s_nationkey" AS BIGINT) AS "s_nationkey#10617"
          FROM read_parquet(['<data>/sf1/supplier/part-0001.parquet'], hive_partitioning = FALSE) AS "q6"
        ) AS "q7" ON ("s_suppkey#10614" = "l_suppkey#10600") JOIN (
          SELECT *
          FROM (
            SELECT CAST("o_orderkey" AS BIGINT) AS "o_orderkey#10621", CAST("o_custkey" AS BIGINT) AS "o_custkey#10622", CAST("o_orderdate" AS DATE) AS "o_orderdate#10625"
            FROM read_parquet(['<data>/sf1/orders/part-0001.parquet'], hive_partitioning = FALSE) AS "q8"
          ) AS "q9"
          WHERE (("o_orderdate#10625" >= DATE '1995-01-01') AND ("o_orderdate#10625" <= DATE '1996-12-31'))
        ) AS "q10" ON ("l_orderkey#10598" = "o_orderkey#10621") JOIN (
          SELECT "c_custkey#10637" AS "c_custkey#10637"
          FROM (
            SELECT *
            FROM (
              SELECT *
              FROM (
                SELECT CAST("r_regionkey" AS BIGINT) AS "r_regionkey#10630", CAST("r_name" AS VARCHAR) AS "r_name#10631"
                FROM read_parquet(['<data>/sf1/region/part-0001.parquet'], hive_partitioning = FALSE) AS "q11"
              ) AS "q12"
              WHERE ("r_name#10631" = 'AMERICA')
            ) AS "q13" JOIN (
              SELECT CAST("n_nationkey" AS BIGINT) AS "n_nationkey#10633", CAST("n_regionkey" AS BIGINT) AS "n_regionkey#10635"
              FROM read_parquet(['<data>/sf1/nation/part-0001.parquet'], hive_partitioning = FALSE) AS "q14"
            ) AS "q15" ON ("r_regionkey#10630" = "n_regionkey#10635") JOIN (
              SELECT CAST("c_custkey" AS BIGINT) AS "c_custkey#10637", CAST("c_nationkey" AS BIGINT) AS "c_nationkey#10640"
              FROM read_parquet(['<data>/sf1/customer/part-0001.parquet'], hive_partitioning = FALSE) AS "q16"
            ) AS "q17" ON ("n_nationkey#10633" = "c_nationkey#10640")
          ) AS "q18"
        ) AS "q19" ON ("o_custkey#10622" = "c_custkey#10637") JOIN (
          SELECT "n_nationkey#10645" AS "supp_nationkey#10649", "n_name#10646" AS "nation#10650"
          FROM (
            SELECT CAST("n_nationkey" AS BIGINT) AS "n_nationkey#10645", CAST("n_name" AS VARCHAR) AS "n_name#10646"
            FROM read_parquet(['<data>/sf1/nation/part-0001.parquet'], hive_partitioning = FALSE) AS "q20"
          ) AS "q21"
        ) AS "q22" ON ("s_nationkey#10617" = "supp_nationkey#10649")
      ) AS "q23"
    ) AS "q24"
    GROUP BY "o_year#10651"
  ) AS "q25"
  ORDER BY "o_year#10651" ASC NULLS FIRST
) AS "q26"
