package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** {@code WITH ... INSERT INTO t query}: the statement's CTEs (recursive ones too) are the query's, as in Spark. */
class CteInsertTest {
  @Test
  void theCtesOfAnInsertAreItsQuerys() throws Exception {
    try (SparkSession spark = Ember.builder().create()) {
      spark.sql("DROP TABLE IF EXISTS cte_insert_levels");
      spark.sql("CREATE TABLE cte_insert_levels (level INT) USING parquet");
      spark.sql("WITH RECURSIVE r(level) AS (VALUES (0) UNION ALL SELECT level + 1 FROM r WHERE level < 4) "
          + "INSERT INTO cte_insert_levels SELECT * FROM r");
      assertThat(spark.sql("SELECT sum(level), count(*) FROM cte_insert_levels").collectAsList().get(0).toString())
          .isEqualTo("[10,5]");
      spark.sql("WITH w AS (SELECT 42 AS level) INSERT OVERWRITE cte_insert_levels SELECT * FROM w");
      assertThat(spark.sql("SELECT * FROM cte_insert_levels").collectAsList().toString()).isEqualTo("[[42]]");
      spark.sql("DROP TABLE cte_insert_levels");
    }
  }
}
