package dev.ember.analyzer;

import dev.ember.catalog.SqlTexts;
import dev.ember.plan.logical.LocalRelation;
import dev.ember.plan.logical.UnresolvedTableFunction;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;

/**
 * Spark's built-in {@code sql_keywords()} ({@code spark.tvf.sql_keywords()}): a row {@code (keyword, reserved)} for
 * each keyword of Spark's grammar, reserved as {@code spark.sql.ansi.enforceReservedKeywords} (with ANSI on) makes it.
 * A session's SQL function of that name is called instead.
 */
final class KeywordsTableFunction {
  private static final String NAME = "sql_keywords";
  private static final StructType SCHEMA = new StructType(List.of(
      new StructField("keyword", AtomicType.STRING, false), new StructField("reserved", AtomicType.BOOLEAN, false)));

  private KeywordsTableFunction() {
  }

  static boolean calls(Analyzer analyzer, UnresolvedTableFunction call) {
    return call.name().equalsIgnoreCase(NAME) && call.arguments().isEmpty() && analyzer.sqlFunction(NAME).isEmpty();
  }

  static Scope resolve(Analyzer analyzer) {
    boolean enforced = analyzer.ansi() && analyzer.confValue("spark.sql.ansi.enforceReservedKeywords")
        .map(value -> Boolean.parseBoolean(value.trim())).orElse(false);
    List<List<Object>> rows = SqlTexts.keywords(enforced).stream()
        .<List<Object>>map(keyword -> List.of(keyword.keyword(), keyword.reserved())).toList();
    return analyzer.resolve(new LocalRelation(SCHEMA, rows));
  }
}
