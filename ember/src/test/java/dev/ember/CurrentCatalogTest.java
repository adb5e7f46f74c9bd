package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.SparkException;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.CatalogMetadata;
import org.junit.jupiter.api.Test;

/**
 * {@code spark.catalog().setCurrentCatalog}: {@code spark_catalog}, or a catalog a
 * {@code spark.sql.catalog.<name>} conf configures (one of Spark's in-memory catalogs), listed once it was made
 * current; names without a catalog are then its tables; another plugin class fails as Spark does.
 */
class CurrentCatalogTest {
  @Test
  void aConfiguredCatalogBecomesCurrentAndListed() {
    SparkSession spark = Ember.builder().config("spark.sql.catalog.othercat",
        "org.apache.spark.sql.connector.catalog.InMemoryTableCatalog").create();
    assertThat(names(spark)).containsExactly("spark_catalog");
    spark.catalog().setCurrentCatalog("othercat");
    assertThat(spark.catalog().currentCatalog()).isEqualTo("othercat");
    assertThat(names(spark)).containsExactly("othercat", "spark_catalog");
    spark.range(2).createOrReplaceTempView("catalog_test_view");
    assertThat(spark.table("catalog_test_view").count()).isEqualTo(2L);
    assertThatThrownBy(() -> spark.table("some_table").count())
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("TABLE_OR_VIEW_NOT_FOUND")
        .hasMessageContaining("`othercat`]");
    spark.sql("CREATE TABLE some_table (id INT)");
    assertThat(spark.table("othercat.some_table").count()).isZero();
    spark.catalog().setCurrentCatalog("spark_catalog");
    assertThat(spark.catalog().currentCatalog()).isEqualTo("spark_catalog");
    assertThat(spark.catalog().currentDatabase()).isEqualTo("default");
  }

  @Test
  void aCatalogOfAPluginEmberDoesNotHaveFailsAsWithoutItsJar() {
    SparkSession spark = Ember.builder().config("spark.sql.catalog.ice", "org.apache.iceberg.spark.SparkCatalog")
        .create();
    assertThatThrownBy(() -> spark.catalog().setCurrentCatalog("ice"))
        .isInstanceOf(SparkException.class)
        .hasMessageContaining("_LEGACY_ERROR_TEMP_2215")
        .hasMessageContaining("org.apache.iceberg.spark.SparkCatalog");
    assertThat(spark.catalog().currentCatalog()).isEqualTo("spark_catalog");
  }

  @Test
  void anUnconfiguredCatalogIsNotFound() {
    SparkSession spark = Ember.builder().create();
    assertThatThrownBy(() -> spark.catalog().setCurrentCatalog("nowhere"))
        .isInstanceOf(SparkException.class)
        .hasMessageContaining("CATALOG_NOT_FOUND");
    assertThat(spark.catalog().currentCatalog()).isEqualTo("spark_catalog");
  }

  private static java.util.List<String> names(SparkSession spark) {
    return spark.catalog().listCatalogs().collectAsList().stream().map(CatalogMetadata::name).toList();
  }
}
