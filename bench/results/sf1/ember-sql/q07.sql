Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "supp_nation#8951" AS "supp_nation", "cust_nation#8990" AS "cust_nation", "l_year#8991" AS "l_year", CAST("revenue#8993" AS DECIMAL(38,4)) AS "revenue"
FROM (
  SELECT *
  FROM (
    SELECT "supp_nation#8951" AS "supp_nation#8951", "cust_nation#8990" AS "cust_nation#8990", "l_year#8991" AS "l_year#8991", CAST(sum("volume#8992") AS DECIMAL(38,4)) AS "revenue#8993"
    FROM (
      SELECT "supp_nation#8951" AS "supp_nation#8951", "cust_nation#8990" AS "cust_nation#8990", CAST(year("l_shipdate#8962") AS INTEGER) AS "l_year#8991", ("l_extendedprice#8957" * CAST((CAST(1 AS DECIMAL(1,0)) - "l_discount#8958") AS DECIMAL(16,2))) AS "volume#8992"
      FROM (
        SELECT *
        FROM (
          SELECT CAST("s_suppkey" AS BIGINT) AS "s_suppkey#8939", CAST("s_nationkey" AS BIGINT) AS "s_nationkey#8942"
          FROM read_parquet(['<data>/sf1/supplier/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
        ) AS "q2" JOIN (
          SELECT "n_nationkey#8946" AS "supp_nationkey#8950", "n_name#8947" AS "supp_nation#8951"
          FROM (
            SELECT *
            FROM (
              SELECT CAST("n_nationkey" AS BIGINT) AS "n_nationkey#8946", CAST("n_name" AS VARCHAR) AS "n_name#8947"
              FROM read_parquet(['<data>/sf1/nation/part-0001.parquet'], hive_partitioning = FALSE) AS "q3"
            ) AS "q4"
            WHERE ("n_name#8947" IN ('FRANCE', 'GERMANY'))
          ) AS "q5"
        ) AS "q6" ON ("s_nationkey#8942" = "supp_nationkey#8950") JOIN (
          SELECT *
          FROM (
            SELECT CAST("l_orderkey" AS BIGINT) AS "l_orderkey#8952", CAST("l_suppkey" AS BIGINT) AS "l_suppkey#8954", CAST("l_extendedprice" AS DECIMAL(15,2)) AS "l_extendedprice#8957", CAST("l_discount" AS DECIMAL(15,2)) AS "l_discount#8958", CAST("l_shipdate" AS DATE) AS "l_shipdate#8962"
            FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q7"
          ) AS "q8"
          WHERE (("l_shipdate#8962" >= DATE '1995-01-01') AND ("l_shipdate#8962" <= DATE '1996-12-31'))
        ) AS "q9" ON ("s_suppkey#8939" = "l_suppkey#8954") JOIN (
          SELECT CAST("o_orderkey" AS BIGINT) AS "o_orderkey#8968", CAST("o_custkey" AS BIGINT) AS "o_custkey#8969"
          FROM read_parquet(['<data>/sf1/orders/part-0001.parquet'], hive_partitioning = FALSE) AS "q10"
        ) AS "q11" ON ("o_orderkey#8968" = "l_orderkey#8952") JOIN (
          SELECT CAST("c_custkey" AS BIGINT) AS "c_custkey#8977", CAST("c_nationkey" AS BIGINT) AS "c_nationkey#8980"
          FROM read_parquet(['<data>/sf1/customer/part-0001.parquet'], hive_partitioning = FALSE) AS "q12"
        ) AS "q13" ON ("c_custkey#8977" = "o_custkey#8969") JOIN (
          SELECT "n_nationkey#8985" AS "cust_nationkey#8989", "n_name#8986" AS "cust_nation#8990"
          FROM (
            SELECT *
            FROM (
              SELECT CAST("n_nationkey" AS BIGINT) AS "n_nationkey#8985", CAST("n_name" AS VARCHAR) AS "n_name#8986"
              FROM read_parquet(['<data>/sf1/nation/part-0001.parquet'], hive_partitioning = FALSE) AS "q14"
            ) AS "q15"
            WHERE ("n_name#8986" IN ('FRANCE', 'GERMANY'))
          ) AS "q16"
        ) AS "q17" ON ("c_nationkey#8980" = "cust_nationkey#8989")
        WHERE ((("supp_nation#8951" = 'FRANCE') AND ("cust_nation#8990" = 'GERMANY')) OR (("supp_nation#8951" = 'GERMANY') AND ("cust_nation#8990" = 'FRANCE')))
      ) AS "q18"
    ) AS "q19"
    GROUP BY "supp_nation#8951", "cust_nation#8990", "l_year#8991"
  ) AS "q20"
  ORDER BY "supp_nation#8951" ASC NULLS FIRST, "cust_nation#8990" ASC NULLS FIRST, "l_year#8991" ASC NULLS FIRST
) AS "q21"
