Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "p_brand#17692" AS "p_brand", "p_type#17693" AS "p_type", "p_size#17694" AS "p_size", "supplier_cnt#17698" AS "supplier_cnt"
FROM (
  SELECT *
  FROM (
    SELECT "p_brand#17692" AS "p_brand#17692", "p_type#17693" AS "p_type#17693", "p_size#17694" AS "p_size#17694", count(DISTINCT "ps_suppkey#17678") AS "supplier_cnt#17698"
    FROM (
      SELECT *
      FROM (
        SELECT *
        FROM (
          SELECT CAST("ps_partkey" AS BIGINT) AS "ps_partkey#17677", CAST("ps_suppkey" AS BIGINT) AS "ps_suppkey#17678"
          FROM read_parquet(['<data>/sf1/partsupp/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
        ) AS "q2" ANTI JOIN (
          SELECT "s_suppkey#17682" AS "s_suppkey#17682"
          FROM (
            SELECT *
            FROM (
              SELECT CAST("s_suppkey" AS BIGINT) AS "s_suppkey#17682", CAST("s_comment" AS VARCHAR) AS "s_comment#17688"
              FROM read_parquet(['<data>/sf1/supplier/part-0001.parquet'], hive_partitioning = FALSE) AS "q3"
            ) AS "q4"
            WHERE ("s_comment#17688" LIKE '%Customer%Complaints%')
          ) AS "q5"
        ) AS "q6" ON ("ps_suppkey#17678" = "s_suppkey#17682")
      ) AS "q7" JOIN (
        SELECT *
        FROM (
          SELECT CAST("p_partkey" AS BIGINT) AS "p_partkey#17689", CAST("p_brand" AS VARCHAR) AS "p_brand#17692", CAST("p_type" AS VARCHAR) AS "p_type#17693", CAST("p_size" AS INTEGER) AS "p_size#17694"
          FROM read_parquet(['<data>/sf1/part/part-0001.parquet'], hive_partitioning = FALSE) AS "q8"
        ) AS "q9"
        WHERE ((NOT ("p_brand#17692" = 'Brand#45')) AND (NOT ("p_type#17693" LIKE 'MEDIUM POLISHED%')) AND ("p_size#17694" IN (49, 14, 23, 45, 19, 3, 36, 9)))
      ) AS "q10" ON ("p_partkey#17689" = "ps_partkey#17677")
    ) AS "q11"
    GROUP BY "p_brand#17692", "p_type#17693", "p_size#17694"
  ) AS "q12"
  ORDER BY "supplier_cnt#17698" DESC NULLS LAST, "p_brand#17692" ASC NULLS FIRST, "p_type#17693" ASC NULLS FIRST, "p_size#17694" ASC NULLS FIRST
) AS "q13"
