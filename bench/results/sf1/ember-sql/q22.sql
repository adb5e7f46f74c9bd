Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT "cntrycode#24829" AS "cntrycode", "numcust#24849" AS "numcust", CAST("totacctbal#24850" AS DECIMAL(25,2)) AS "totacctbal"
FROM (
  SELECT *
  FROM (
    SELECT "cntrycode#24829" AS "cntrycode#24829", count(1) AS "numcust#24849", CAST(sum("c_acctbal#24826") AS DECIMAL(25,2)) AS "totacctbal#24850"
    FROM (
      SELECT *
      FROM (
        SELECT *
        FROM (
          SELECT *
          FROM (
            SELECT substring("c_phone#24825", 1, 2) AS "cntrycode#24829", "c_acctbal#24826" AS "c_acctbal#24826", "c_custkey#24821" AS "c_custkey#24821"
            FROM (
              SELECT CAST("c_custkey" AS BIGINT) AS "c_custkey#24821", CAST("c_phone" AS VARCHAR) AS "c_phone#24825", CAST("c_acctbal" AS DECIMAL(15,2)) AS "c_acctbal#24826"
              FROM read_parquet(['<data>/sf1/customer/part-0001.parquet'], hive_partitioning = FALSE) AS "q1"
            ) AS "q2"
          ) AS "q3"
          WHERE ("cntrycode#24829" IN ('13', '31', '23', '29', '30', '18', '17'))
        ) AS "q4" ANTI JOIN (
          SELECT CAST("o_custkey" AS BIGINT) AS "o_custkey#24831"
          FROM read_parquet(['<data>/sf1/orders/part-0001.parquet'], hive_partitioning = FALSE) AS "q5"
        ) AS "q6" ON ("c_custkey#24821" = "o_custkey#24831")
      ) AS "q7" JOIN (
        SELECT CAST(CASE WHEN (count("c_acctbal#24844") = 0) THEN CAST(NULL AS INTEGER) ELSE (CAST(CASE WHEN ((sum("c_acctbal#24844") < 0) <> (count("c_acctbal#24844") < 0)) THEN (- ((abs((CAST((sum("c_acctbal#24844") * CAST(100 AS BIGINT)) AS HUGEINT) * CAST(CAST('10000' AS DECIMAL(5,0)) AS HUGEINT))) + (nullif(abs(CAST(count("c_acctbal#24844") AS HUGEINT)), CAST(0 AS HUGEINT)) >> 1)) // nullif(abs(CAST(count("c_acctbal#24844") AS HUGEINT)), CAST(0 AS HUGEINT)))) ELSE ((abs((CAST((sum("c_acctbal#24844") * CAST(100 AS BIGINT)) AS HUGEINT) * CAST(CAST('10000' AS DECIMAL(5,0)) AS HUGEINT))) + (nullif(abs(CAST(count("c_acctbal#24844") AS HUGEINT)), CAST(0 AS HUGEINT)) >> 1)) // nullif(abs(CAST(count("c_acctbal#24844") AS HUGEINT)), CAST(0 AS HUGEINT))) END AS DECIMAL(38,0)) * CAST('0.000001' AS DECIMAL(6,6))) END AS DECIMAL(19,6)) AS "avg_acctbal#24848"
        FROM (
          SELECT *
          FROM (
            SELECT *
            FROM (
              SELECT substring("c_phone#24843", 1, 2) AS "cntrycode#24847", "c_acctbal#24844" AS "c_acctbal#24844"
              FROM (
                SELECT CAST("c_phone" AS VARCHAR) AS "c_phone#24843", CAST("c_acctbal" AS DECIMAL(15,2)) AS "c_acctbal#24844"
                FROM read_parquet(['<data>/sf1/customer/part-0001.parquet'], hive_partitioning = FALSE) AS "q8"
              ) AS "q9"
            ) AS "q10"
            WHERE ("cntrycode#24847" IN ('13', '31', '23', '29', '30', '18', '17'))
          ) AS "q11"
          WHERE (CAST("c_acctbal#24844" AS DOUBLE) > CAST('0.0' AS DOUBLE))
        ) AS "q12"
        GROUP BY ()
      ) AS "q13" ON TRUE
      WHERE (CAST("c_acctbal#24826" AS DECIMAL(19,6)) > "avg_acctbal#24848")
    ) AS "q14"
    GROUP BY "cntrycode#24829"
  ) AS "q15"
  ORDER BY "cntrycode#24829" ASC NULLS FIRST
) AS "q16"
