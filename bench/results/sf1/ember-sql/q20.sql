Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "s_name#22096" AS "s_name", "s_address#22097" AS "s_address"
FROM (
  SELECT *
  FROM (
    SELECT "s_name#22096" AS "s_name#22096", "s_address#22097" AS "s_address#22097"
    FROM (
      SELECT *
      FROM (
        SELECT CAST("s_suppkey" AS BIGINT) AS "s_suppkey#22095", CAST("s_name" AS VARCHAR) AS "s_name#22096", CAST("s_address" AS VARCHAR) AS "s_address#22097", CAST("s_nationkey" AS BIGINT) AS "s_nationkey#22098"
        FROM read_parquet(['<data>/sf1/supplier/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
      ) AS "q2" JOIN (
        SELECT *
        FROM (
          SELECT CAST("n_nationkey" AS BIGINT) AS "n_nationkey#22102", CAST("n_name" AS VARCHAR) AS "n_name#22103"
          FROM read_parquet(['<data>/sf1/nation/part-0001.parquet'], hive_partitioning = FALSE) AS "q3"
        ) AS "q4"
        WHERE ("n_name#22103" = 'CANADA')
      ) AS "q5" ON ("s_nationkey#22098" = "n_nationkey#22102") SEMI JOIN (
        SELECT "ps_suppkey#22107" AS "ps_suppkey#22107"
        FROM (
          SELECT *
          FROM (
            SELECT *
            FROM (
              SELECT CAST("ps_partkey" AS BIGINT) AS "ps_partkey#22106", CAST("ps_suppkey" AS BIGINT) AS "ps_suppkey#22107", CAST("ps_availqty" AS INTEGER) AS "ps_availqty#22108"
              FROM read_parquet(['<data>/sf1/partsupp/part-0001.parquet'], hive_partitioning = FALSE) AS "q6"
            ) AS "q7" SEMI JOIN (
              SELECT "p_partkey#22111" AS "p_partkey#22111"
              FROM (
                SELECT *
                FROM (
                  SELECT CAST("p_partkey" AS BIGINT) AS "p_partkey#22111", CAST("p_name" AS VARCHAR) AS "p_name#22112"
                  FROM read_parquet(['<data>/sf1/part/part-0001.parquet'], hive_partitioning = FALSE) AS "q8"
                ) AS "q9"
                WHERE ("p_name#22112" LIKE 'forest%')
              ) AS "q10"
            ) AS "q11" ON ("ps_partkey#22106" = "p_partkey#22111")
          ) AS "q12" JOIN (
            SELECT "l_partkey#22121" AS "l_partkey#22121", "l_suppkey#22122" AS "l_suppkey#22122", (CAST(CAST(sum("l_quantity#22124") AS DECIMAL(25,2)) AS DOUBLE) * CAST('0.5' AS DOUBLE)) AS "half_quantity#22136"
            FROM (
              SELECT *
              FROM (
                SELECT *
                FROM (
                  SELECT CAST("l_partkey" AS BIGINT) AS "l_partkey#22121", CAST("l_suppkey" AS BIGINT) AS "l_suppkey#22122", CAST("l_quantity" AS DECIMAL(15,2)) AS "l_quantity#22124", CAST("l_shipdate" AS DATE) AS "l_shipdate#22130"
                  FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q13"
                ) AS "q14"
                WHERE (("l_shipdate#22130" >= DATE '1994-01-01') AND ("l_shipdate#22130" < CAST((DATE '1994-01-01' + to_months(12)) AS DATE)))
              ) AS "q15" SEMI JOIN (
                SELECT *
                FROM (
                  SELECT CAST("ps_partkey" AS BIGINT) AS "ps_partkey#22106", CAST("ps_suppkey" AS BIGINT) AS "ps_suppkey#22107", CAST("ps_availqty" AS INTEGER) AS "ps_availqty#22108"
                  FROM read_parquet(['<data>/sf1/partsupp/part-0001.parquet'], hive_partitioning = FALSE) AS "q16"
                ) AS "q17" SEMI JOIN (
                  SELECT "p_partkey#22111" AS "p_partkey#22111"
                  FROM (
                    SELECT *
                    FROM (
                      SELECT CAST("p_partkey" AS BIGINT) AS "p_partkey#22111", CAST("p_name" AS VARCHAR) AS "p_name#22112"
                      FROM read_parquet(['<data>/sf1/part/part-0001.parquet'], hive_partitioning = FALSE) AS "q18"
                    ) AS "q19"
                    WHERE ("p_name#22112" LIKE 'forest%')
                  ) AS "q20"
                ) AS "q21" ON ("ps_partkey#22106" = "p_partkey#22111")
              ) AS "q22" ON (("ps_partkey#22106" = "l_partkey#22121") AND ("ps_suppkey#22107" = "l_suppkey#22122"))
            ) AS "q23"
            GROUP BY "l_partkey#22121", "l_suppkey#22122"
          ) AS "q24" ON (("ps_partkey#22106" = "l_partkey#22121") AND ("ps_suppkey#22107" = "l_suppkey#22122"))
          WHERE (CAST("ps_availqty#22108" AS DOUBLE) > "half_quantity#22136")
        ) AS "q25"
      ) AS "q26" ON ("s_suppkey#22095" = "ps_suppkey#22107")
    ) AS "q27"
  ) AS "q28"
  ORDER BY "s_name#22096" ASC NULLS FIRST
) AS "q29"
