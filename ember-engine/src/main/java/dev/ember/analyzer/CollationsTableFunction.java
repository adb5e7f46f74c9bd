package dev.ember.analyzer;

import dev.ember.engine.functions.SparkCollations;
import dev.ember.plan.logical.LocalRelation;
import dev.ember.plan.logical.UnresolvedTableFunction;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;

/**
 * Spark's built-in {@code collations()} ({@code spark.tvf.collations()}): a row for each collation Spark knows, from
 * Spark's own collation library. A session's SQL function of that name is called instead.
 */
final class CollationsTableFunction {
  private static final String NAME = "collations";
  private static final StructType SCHEMA = new StructType(List.of(
      new StructField("CATALOG", AtomicType.STRING, false), new StructField("SCHEMA", AtomicType.STRING, false),
      new StructField("NAME", AtomicType.STRING, false), new StructField("LANGUAGE", AtomicType.STRING, true),
      new StructField("COUNTRY", AtomicType.STRING, true),
      new StructField("ACCENT_SENSITIVITY", AtomicType.STRING, false),
      new StructField("CASE_SENSITIVITY", AtomicType.STRING, false),
      new StructField("PAD_ATTRIBUTE", AtomicType.STRING, false), new StructField("ICU_VERSION", AtomicType.STRING, true)));

  private CollationsTableFunction() {
  }

  static boolean calls(Analyzer analyzer, UnresolvedTableFunction call) {
    return call.name().equalsIgnoreCase(NAME) && call.arguments().isEmpty() && analyzer.sqlFunction(NAME).isEmpty();
  }

  static Scope resolve(Analyzer analyzer) {
    return analyzer.resolve(new LocalRelation(SCHEMA, SparkCollations.listing()));
  }
}
