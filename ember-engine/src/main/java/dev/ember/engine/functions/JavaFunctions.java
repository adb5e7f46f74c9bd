package dev.ember.engine.functions;

import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBConnection;

/** The Java functions Ember registers in DuckDB, each named {@code ember_<spark name>}. */
public final class JavaFunctions {
  private static final List<JavaFunction> FUNCTIONS = List.of(
      NumberBaseConversion.FUNCTION,
      NumberTextFunctions.TO_NUMBER,
      NumberTextFunctions.TO_CHAR,
      AesCipher.FUNCTION,
      SentenceSplitter.FUNCTION,
      ExactPercentile.FUNCTION,
      NumericHistogram.FUNCTION,
      HashMapOrder.FUNCTION,
      JsonTokenFunctions.TUPLE_FIELD,
      JsonTokenFunctions.ARRAY_LENGTH,
      JsonTokenFunctions.OBJECT_KEYS,
      CsvLineTokens.FUNCTION,
      CsvFileRecords.FUNCTION,
      XPathEvaluator.FUNCTION,
      InputFileFunctions.URI,
      InputFileFunctions.SIZE,
      InputFileFunctions.NAME,
      InputFileFunctions.PATH,
      InputFileFunctions.MODIFIED_MICROS,
      VectorArithmetic.SCALAR,
      VectorArithmetic.NORMALIZE,
      RandomStrings.FUNCTION,
      RandomDoubles.FUNCTION,
      RandomDoubles.NORMAL,
      Utf8Decoding.FUNCTION,
      GzipDecompression.FUNCTION,
      JavaDecimalText.FUNCTION,
      SparkDecimalArithmetic.FUNCTION,
      VectorAggregation.FUNCTION,
      HllSketches.AGGREGATE,
      HllSketches.UNION_AGGREGATE,
      HllSketches.ESTIMATE,
      HllSketches.UNION,
      DatetimeFormatting.FORMAT,
      LegacyDatetimeFormatting.PARSE,
      LegacyDatetimeFormatting.FORMAT,
      JavaRegexSyntax.VALID,
      LegacyCharsets.ENCODE,
      LegacyCharsets.DECODE,
      ThetaSketches.AGGREGATE,
      ThetaSketches.SET_AGGREGATE,
      ThetaSketches.ESTIMATE,
      ThetaSketches.SET,
      TupleSketches.AGGREGATE,
      TupleSketches.UNION_AGGREGATE,
      TupleSketches.INTERSECTION_AGGREGATE,
      TupleSketchOperations.ESTIMATE,
      TupleSketchOperations.THETA,
      TupleSketchOperations.SUMMARY_DOUBLE,
      TupleSketchOperations.SUMMARY_INTEGER,
      TupleSketchOperations.SET,
      KllSketches.AGGREGATE,
      KllSketches.MERGE_AGGREGATE,
      KllSketches.COUNT,
      KllSketches.TEXT,
      KllSketches.MERGE,
      KllSketches.QUANTILE,
      KllSketches.RANK,
      FrequentItems.FUNCTION,
      VariantFunctions.PARSE_JSON,
      VariantFunctions.GET,
      VariantFunctions.TO_JSON,
      VariantFunctions.TO_STRING,
      VariantFunctions.IS_NULL,
      VariantBuilding.TO_VARIANT,
      VariantFunctions.ENTRIES,
      VariantSchema.FUNCTION,
      VariantSchema.AGGREGATE,
      XmlRecords.FUNCTION,
      VariantCast.FUNCTION,
      WkbFunctions.NORMALIZE_WKB,
      WkbFunctions.WRITE_WKB,
      WkbFunctions.CHECK_SRID,
      SparkCollations.KEY,
      SparkCollations.SORT_KEY);

  private JavaFunctions() {
  }

  /** Registers every function in the database of {@code connection} (its duplicates see them too). */
  public static void register(DuckDBConnection connection) throws SQLException {
    for (JavaFunction function : FUNCTIONS) {
      function.register(connection);
    }
    for (JavaFunction function : CollatedStringFunctions.FUNCTIONS) {
      function.register(connection);
    }
  }
}
