Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "c_count#15314" AS "c_count", "custdist#15315" AS "custdist"
FROM (
  SELECT *
  FROM (
    SELECT "c_count#15314" AS "c_count#15314", count(1) AS "custdist#15315"
    FROM (
      SELECT "c_custkey#15297" AS "c_custkey#15297", count("o_orderkey#15305") AS "c_count#15314"
      FROM (
        SELECT *
        FROM (
          SELECT CAST("c_custkey" AS BIGINT) AS "c_custkey#15297"
          FROM read_parquet(['<data>/sf1/customer/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
        ) AS "q2" LEFT JOIN (
          SELECT *
          FROM (
            SELECT CAST("o_orderkey" AS BIGINT) AS "o_orderkey#15305", CAST("o_custkey" AS BIGINT) AS "o_custkey#15306", CAST("o_comment" AS VARCHAR) AS "o_comment#15313"
            FROM read_parquet(['<data>/sf1/orders/part-0001.parquet'], hive_partitioning = FALSE) AS "q3"
          ) AS "q4"
          WHERE (NOT ("o_comment#15313" LIKE '%special%requests%'))
        ) AS "q5" ON ("c_custkey#15297" = "o_custkey#15306")
      ) AS "q6"
      GROUP BY "c_custkey#15297"
    ) AS "q7"
    GROUP BY "c_count#15314"
  ) AS "q8"
  ORDER BY "custdist#15315" DESC NULLS LAST, "c_count#15314" DESC NULLS LAST
) AS "q9"
