package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.randstr;

import dev.ember.conformance.CaseGroup;

/** randstr(length, seed): Spark's XORShiftRandom strings, over one partition (Spark seeds each partition apart). */
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
  }
}
