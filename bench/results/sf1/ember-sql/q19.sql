Found 0 WholeStageCodegen subtrees.

== DuckDB SQL ==
SELECT CAST("revenue#21092" AS DECIMAL(38,4)) AS "revenue"
FROM (
  SELECT CAST(sum(("l_extendedprice#21072" * CAST((CAST(1 AS DECIMAL(1,0)) - "l_discount#21073") AS DECIMAL(16,2)))) AS DECIMAL(38,4)) AS "revenue#21092"
  FROM (
    SELECT *
    FROM (
      SELECT *
      FROM (
        SELECT CAST("l_partkey" AS BIGINT) AS "l_partkey#21068", CAST("l_quantity" AS DECIMAL(15,2)) AS "l_quantity#21071", CAST("l_extendedprice" AS DECIMAL(15,2)) AS "l_extendedprice#21072", CAST("l_discount" AS DECIMAL(15,2)) AS "l_discount#21073", CAST("l_shipinstruct" AS VARCHAR) AS "l_shipinstruct#21080", CAST("l_shipmode" AS VARCHAR) AS "l_shipmode#21081"
        FROM read_parquet(['<data>/sf1/lineitem/part-0001.parquet', '<data>/sf1/lineitem/part-0002.parquet', '<data>/sf1/lineitem/part-0003.parquet', '<data>/sf1/lineitem/part-0004.parquet'], hive_partitioning = FALSE) AS "q1"
      ) AS "q2"
      WHERE (("l_shipmode#21081" IN ('AIR', 'AIR REG')) AND ("l_shipinstruct#21080" = 'DELIVER IN PERSON'))
    ) AS "q3" JOIN (
      SELECT CAST("p_partkey" AS BIGINT) AS "p_partkey#21083", CAST("p_brand" AS VARCHAR) AS "p_brand#21086", CAST("p_size" AS INTEGER) AS "p_size#21088", CAST("p_container" AS VARCHAR) AS "p_container#21089"
      FROM read_parquet(['<data>/sf1/part/part-0001.parquet'], hive_partitioning = FALSE) AS "q4"
    ) AS "q5" ON ("p_partkey#21083" = "l_partkey#21068")
    WHERE ((("p_brand#21086" = 'Brand#12') AND ("p_container#21089" IN ('SM CASE', 'SM BOX', 'SM PACK', 'SM PKG')) AND ("l_quantity#21071" >= CAST(1 AS DECIMAL(15,2))) AND ("l_quantity#21071" <= CAST(11 AS DECIMAL(15,2))) AND ("p_size#21088" >= 1) AND ("p_size#21088" <= 5)) OR (("p_brand#21086" = 'Brand#23') AND ("p_container#21089" IN ('MED BAG', 'MED BOX', 'MED PKG', 'MED PACK')) AND ("l_quantity#21071" >= CAST(10 AS DECIMAL(15,2))) AND ("l_quantity#21071" <= CAST(20 AS DECIMAL(15,2))) AND ("p_size#21088" >= 1) AND ("p_size#21088" <= 10)) OR (("p_brand#21086" = 'Brand#34') AND ("p_container#21089" IN ('LG CASE', 'LG BOX', 'LG PACK', 'LG PKG')) AND ("l_quantity#21071" >= CAST(20 AS DECIMAL(15,2))) AND ("l_quantity#21071" <= CAST(30 AS DECIMAL(15,2))) AND ("p_size#21088" >= 1) AND ("p_size#21088" <= 15)))
  ) AS "q6"
  GROUP BY ()
) AS "q7"
