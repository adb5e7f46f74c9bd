package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * A typed filter and the map after it run as one function inside the SQL: each row's bean is built once (as Spark's
 * optimizer has both share the deserialized object), the rows the filter drops are gone, and a NULL the map returns
 * for a kept row stays a row.
 */
class TypedOperationFusionTest {
  static final AtomicInteger BEANS = new AtomicInteger();

  /** A bean counting how many are built. */
  public static final class Item implements Serializable {
    private long id;
    private long bucket;

    public Item() {
      BEANS.incrementAndGet();
    }

    public long getId() {
      return id;
    }

    public void setId(long id) {
      this.id = id;
    }

    public long getBucket() {
      return bucket;
    }

    public void setBucket(long bucket) {
      this.bucket = bucket;
    }
  }

  @Test
  void aFilterThenAMapBuildsEachBeanOnce() {
    SparkSession spark = Ember.builder().create();
    Dataset<Item> items = spark.range(12).selectExpr("id", "id % 3 AS bucket").as(Encoders.bean(Item.class));
    Dataset<Long> doubled = items.filter((FilterFunction<Item>) item -> item.getBucket() < 2)
        .map((MapFunction<Item, Long>) item -> item.getId() == 4 ? null : item.getId() * 2, Encoders.LONG());
    BEANS.set(0);
    List<Long> values = doubled.collectAsList();
    assertThat(values).containsExactlyInAnyOrder(0L, 2L, 6L, null, 12L, 14L, 18L, 20L);
    // one bean per row of the input; apart, the filter built 12 and the map 8 more
    assertThat(BEANS).hasValue(12);
    assertThat(doubled.count()).isEqualTo(8);
    BEANS.set(0);
    assertThat(doubled.agg(org.apache.spark.sql.functions.sum("value")).collectAsList().get(0).getLong(0))
        .isEqualTo(72);
    assertThat(BEANS).hasValue(12);
  }

  @Test
  void aFilterOfAMapsValueKeepsItsRows() {
    SparkSession spark = Ember.builder().create();
    Dataset<Long> odd = spark.range(20).selectExpr("id", "id % 3 AS bucket").as(Encoders.bean(Item.class))
        .map((MapFunction<Item, Long>) item -> item.getId() * 3 + item.getBucket(), Encoders.LONG())
        .filter((FilterFunction<Long>) value -> value % 2 == 1);
    assertThat(odd.collectAsList()).containsExactlyInAnyOrder(9L, 13L, 17L, 27L, 31L, 35L, 45L, 49L, 53L);
    assertThat(odd.count()).isEqualTo(9);
  }

  @Test
  void twoFiltersAndTwoMapsKeepTheirOrder() {
    SparkSession spark = Ember.builder().create();
    Dataset<Item> items = spark.range(12).selectExpr("id", "id % 3 AS bucket").as(Encoders.bean(Item.class));
    Dataset<Integer> result = items.filter((FilterFunction<Item>) item -> item.getBucket() != 0)
        .filter((FilterFunction<Item>) item -> item.getId() > 4)
        .map((MapFunction<Item, Long>) Item::getId, Encoders.LONG())
        .map((MapFunction<Long, Long>) id -> id * 10, Encoders.LONG())
        .map((MapFunction<Long, Integer>) id -> (int) (id + 1), Encoders.INT());
    assertThat(result.collectAsList()).containsExactlyInAnyOrderElementsOf(Arrays.asList(51, 71, 81, 101, 111));
    BEANS.set(0);
    result.collectAsList();
    assertThat(BEANS).hasValue(12);
  }
}
