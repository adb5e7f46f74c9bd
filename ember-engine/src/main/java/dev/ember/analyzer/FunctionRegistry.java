package dev.ember.analyzer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Spark's built-in functions Ember knows, by the name the client sends (case-insensitive). */
final class FunctionRegistry {
  private static final Map<String, FunctionDefinition> FUNCTIONS = build();

  private FunctionRegistry() {
  }

  private static Map<String, FunctionDefinition> build() {
    Map<String, FunctionDefinition> functions = new HashMap<>();
    for (List<FunctionDefinition> group : List.of(
        ArithmeticFunctions.definitions(),
        IntervalConstructors.definitions(),
        PredicateFunctions.definitions(),
        AggregateFunctions.definitions(),
        PercentileFunctions.definitions(),
        ApproximatePercentileFunctions.definitions(),
        DistributionFunctions.definitions(),
        TryAggregateFunctions.definitions(),
        ListAggFunctions.definitions(),
        WithinGroupFunctions.definitions(),
        BitmapFunctions.definitions(),
        PredicateAggregateFunctions.definitions(),
        StatisticPairFunctions.definitions(),
        SketchFunctions.definitions(),
        DataSketchesFunctions.definitions(),
        TupleSketchFunctions.definitions(),
        KllSketchFunctions.definitions(),
        ApproxTopKFunction.definitions(),
        MomentFunctions.definitions(),
        StringFunctions.definitions(),
        PadFunctions.definitions(),
        StringSlicingFunctions.definitions(),
        StringSearchFunctions.definitions(),
        EncodingFunctions.definitions(),
        TextCheckFunctions.definitions(),
        CollateFunction.definitions(),
        BinaryConversionFunctions.definitions(),
        CollectionFunctions.definitions(),
        ArrayFunctions.definitions(),
        ArraySetFunctions.definitions(),
        ArrayBuildingFunctions.definitions(),
        MapFunctions.definitions(),
        ConstructorFunctions.definitions(),
        GeneratorFunctions.definitions(),
        StackFunction.definitions(),
        HashFunctions.definitions(),
        JsonFunctions.definitions(),
        VariantCalls.definitions(),
        XmlFunctions.definitions(),
        JsonDocumentFunctions.definitions(),
        CsvFunctions.definitions(),
        XPathFunctions.definitions(),
        InputFileFunctions.definitions(),
        VectorFunctions.definitions(),
        GeospatialFunctions.definitions(),
        VectorAggregates.definitions(),
        RandomStringFunction.definitions(),
        ConditionalFunctions.definitions(),
        PatternFunctions.definitions(),
        MathFunctions.definitions(),
        TrigonometricFunctions.definitions(),
        NumericFunctions.definitions(),
        TryArithmeticFunctions.definitions(),
        RadixFunctions.definitions(),
        NumberFormatFunctions.definitions(),
        CryptoFunctions.definitions(),
        SentenceFunctions.definitions(),
        BitwiseFunctions.definitions(),
        ConditionalShorthands.definitions(),
        SessionFunctions.definitions(),
        ReflectionFunctions.definitions(),
        CastAliases.definitions(),
        UrlFunctions.definitions(),
        WindowFunctions.definitions(),
        DatetimeFunctions.definitions(),
        DatetimeEpochFunctions.definitions(),
        DatetimeFieldFunctions.definitions(),
        DatetimeUnitFunctions.definitions(),
        TimeBucketFunction.definitions(),
        TimeFunctions.definitions(),
        TimeZoneFunctions.definitions(),
        TimestampConstructors.definitions(),
        RowPositionFunctions.definitions())) {
      for (FunctionDefinition definition : group) {
        if (functions.put(definition.name().toLowerCase(Locale.ROOT), definition) != null) {
          throw new IllegalStateException("function defined twice: " + definition.name());
        }
      }
    }
    return Map.copyOf(functions);
  }

  static Optional<FunctionDefinition> lookup(String name) {
    return Optional.ofNullable(FUNCTIONS.get(name.toLowerCase(Locale.ROOT)));
  }
}
