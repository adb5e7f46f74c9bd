package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.randstr;
import static org.apache.spark.sql.functions.uniform;

import dev.ember.conformance.CaseGroup;

/**
 * randstr(length, seed) and uniform(min, max, seed): Spark's XORShiftRandom draws, over one partition (Spark seeds
 * each partition apart).
 */
public final class RandomStringCases extends CaseGroup {
  public RandomStringCases() {
    super("random_strings");
    query("randstr_rows", spark -> spark.range(0, 6, 1, 1).select(col("id"), randstr(lit(10), lit(0)),
        randstr(lit(3), lit(42L))));
    query("randstr_seeds", spark -> spark.range(0, 2, 1, 1).select(randstr(lit(16), lit(-7)),
        randstr(lit(16), lit(Long.MAX_VALUE)), randstr(lit(1), lit(123456789))));
    query("randstr_empty", spark -> spark.range(0, 2, 1, 1).select(randstr(lit(0), lit(1))));
    query("randstr_filtered", spark -> spark.range(0, 10, 1, 1).filter(col("id").gt(6))
        .select(col("id"), randstr(lit(5), lit(9))));
    query("randstr_short_length", spark -> spark.range(0, 1, 1, 1).select(randstr(lit((short) 4), lit(2))));
    query("randstr_null_seed", spark -> spark.range(0, 2, 1, 1).select(randstr(lit(4), lit(null).cast("int"))));
    query("randstr_negative_length", spark -> spark.range(0, 1, 1, 1).select(randstr(lit(-1), lit(0))));
    query("randstr_null_length", spark -> spark.range(0, 1, 1, 1).select(randstr(lit(null).cast("int"), lit(0))));
    query("randstr_long_length", spark -> spark.range(0, 1, 1, 1).select(randstr(lit(5L), lit(0))));
    query("randstr_string_length", spark -> spark.range(0, 1, 1, 1).select(randstr(lit("5"), lit(0))));
    query("randstr_length_not_foldable", spark -> spark.range(0, 1, 1, 1).select(randstr(col("id").cast("int"),
        lit(0))));
    query("randstr_seed_not_foldable", spark -> spark.range(0, 1, 1, 1).select(randstr(lit(3),
        col("id").cast("int"))));
    query("randstr_seed_double", spark -> spark.range(0, 1, 1, 1).select(randstr(lit(3), lit(1.5))));
    query("uniform_values", spark -> spark.range(0, 5, 1, 1).select(col("id"), uniform(lit(1), lit(10), lit(7)),
        uniform(lit(1L), lit(3.5), lit(7)), uniform(lit(-5), lit(5), lit(3)), uniform(lit(0.0), lit(1.0), lit(0)),
        uniform(lit((short) 10), lit((short) 20), lit(11L))));
    query("uniform_after_filter", spark -> spark.range(0, 8, 1, 1).filter(col("id").mod(2).equalTo(0))
        .select(col("id"), uniform(lit(0), lit(1000), lit(5))));
  }
}
