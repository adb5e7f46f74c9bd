Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "avg_yearly#18983" AS "avg_yearly"
FROM (
  SELECT CAST(CASE WHEN (CAST('7.0' AS DOUBLE) = 0) THEN CAST(error('EMBER_RAISE:DIVIDE_BY_ZERO') AS INTEGER) ELSE (CAST(CAST(sum("l_extendedprice#18945") AS DECIMAL(25,2)) AS DOUBLE) / CAST('7.0' AS DOUBLE)) END AS DOUBLE) AS "avg_yearly#18983"
  FROM (
    SELECT *
    FROM (
      SELECT "p_partkey#18931" AS "p_partkey#18931"
      FROM (
        SELECT *
        FROM (
          SELECT CAST("p_partkey" AS BIGINT) AS "p_partkey#18931", CAST("p_brand" AS VARCHAR) AS "p_brand#18934", CAST("p_container" AS VARCHAR) AS "p_container#18937"
          FROM read_parquet(['<data>/sf1/part/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
        ) AS "q2"
        WHERE (("p_brand#18934" = 'Brand#23') AND ("p_container#18937" = 'MED BOX'))
      ) AS "q3"
    ) AS "q4" JOIN (
      SELECT CAST("l_partkey" AS BIGINT) AS "l_partkey#18941", CAST("l_quantity" AS DECIMAL(15,2)) AS "l_quantity#18944", CAST("l_extendedprice" AS DECIMAL(15,2)) AS "l_extendedprice#18945"
      FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q5"
    ) AS "q6" ON ("p_partkey#18931" = "l_partkey#18941") JOIN (
      SELECT "p_partkey#18956" AS "avg_partkey#18981", (CAST(CAST(CASE WHEN (count("l_quantity#18969") = 0) THEN CAST(NULL AS INTEGER) ELSE (CAST(CASE WHEN ((sum("l_quantity#18969") < 0) <> (count("l_quantity#18969") < 0)) THEN (- ((abs((CAST((sum("l_quantity#18969") * CAST(100 AS BIGINT)) AS HUGEINT) * CAST(CAST('10000' AS DECIMAL(5,0)) AS HUGEINT))) + (nullif(abs(CAST(count("l_quantity#18969") AS HUGEINT)), CAST(0 AS HUGEINT)) >> 1)) // nullif(abs(CAST(count("l_quantity#18969") AS HUGEINT)), CAST(0 AS HUGEINT)))) ELSE ((abs((CAST((sum("l_quantity#18969") * CAST(100 AS BIGINT)) AS HUGEINT) * CAST(CAST('10000' AS DECIMAL(5,0)) AS HUGEINT))) + (nullif(abs(CAST(count("l_quantity#18969") AS HUGEINT)), CAST(0 AS HUGEINT)) >> 1)) // nullif(abs(CAST(count("l_quantity#18969") AS HUGEINT)), CAST(0 AS HUGEINT))) END AS DECIMAL(38,0)) * CAST('0.000001' AS DECIMAL(6,6))) END AS DECIMAL(19,6)) AS DOUBLE) * CAST('0.2' AS DOUBLE)) AS "small_quantity#18982"
      FROM (
        SELECT *
        FROM (
          SELECT "p_partkey#18956" AS "p_partkey#18956"
          FROM (
            SELECT *
            FROM (
              SELECT CAST("p_partkey" AS BIGINT) AS "p_partkey#18956", CAST("p_brand" AS VARCHAR) AS "p_brand#18959", CAST("p_container" AS VARCHAR) AS "p_container#18962"
              FROM read_parquet(['<data>/sf1/part/part-0001.parquet'], hive_partitioning = FALSE) AS "q7"
            ) AS "q8"
            WHERE (("p_brand#18959" = 'Brand#23') AND ("p_container#18962" = 'MED BOX'))
          ) AS "q9"
        ) AS "q10" JOIN (
          SELECT CAST("l_partkey" AS BIGINT) AS "l_partkey#18966", CAST("l_quantity" AS DECIMAL(15,2)) AS "l_quantity#18969"
          FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q11"
        ) AS "q12" ON ("p_partkey#18956" = "l_partkey#18966")
      ) AS "q13"
      GROUP BY "p_partkey#18956"
    ) AS "q14" ON ("p_partkey#18931" = "avg_partkey#18981")
    WHERE (CAST("l_quantity#18944" AS DOUBLE) < "small_quantity#18982")
  ) AS "q15"
  GROUP BY ()
) AS "q16"
