package dev.ember.conformance;

import dev.ember.conformance.cases.AggregateCases;
import dev.ember.conformance.cases.AggregateFunctionCases;
import dev.ember.conformance.cases.ArrayFunctionCases;
import dev.ember.conformance.cases.MapFunctionCases;
import dev.ember.conformance.cases.GroupingCases;
import dev.ember.conformance.cases.ColumnCases;
import dev.ember.conformance.cases.CollectionFunctionCases;
import dev.ember.conformance.cases.ComplexTypeCases;
import dev.ember.conformance.cases.GeneratorCases;
import dev.ember.conformance.cases.JsonHashCases;
import dev.ember.conformance.cases.LambdaCases;
import dev.ember.conformance.cases.ConditionalCases;
import dev.ember.conformance.cases.DatetimeCases;
import dev.ember.conformance.cases.DatetimeFormatCases;
import dev.ember.conformance.cases.DatetimeFunctionCases;
import dev.ember.conformance.cases.DeduplicateCases;
import dev.ember.conformance.cases.ErrorCases;
import dev.ember.conformance.cases.ExpressionCases;
import dev.ember.conformance.cases.JoinCases;
import dev.ember.conformance.cases.LocalDataCases;
import dev.ember.conformance.cases.OtherRelationCases;
import dev.ember.conformance.cases.MathCases;
import dev.ember.conformance.cases.NaStatCases;
import dev.ember.conformance.cases.RangeCases;
import dev.ember.conformance.cases.ReaderCases;
import dev.ember.conformance.cases.ReaderOptionCases;
import dev.ember.conformance.cases.ReaderEdgeCases;
import dev.ember.conformance.cases.ParquetTimestampCases;
import dev.ember.conformance.cases.CastOverflowCases;
import dev.ember.conformance.cases.CheckpointCases;
import dev.ember.conformance.cases.NaEdgeCases;
import dev.ember.conformance.cases.ObserveCases;
import dev.ember.conformance.cases.RowPositionCases;
import dev.ember.conformance.cases.StatSamplingCases;
import dev.ember.conformance.cases.SessionConfCases;
import dev.ember.conformance.cases.SetOperationCases;
import dev.ember.conformance.cases.ShowCases;
import dev.ember.conformance.cases.ViewCases;
import dev.ember.conformance.cases.StringFunctionCases;
import dev.ember.conformance.cases.MoreStringFunctionCases;
import dev.ember.conformance.cases.MoreDatetimeFunctionCases;
import dev.ember.conformance.cases.WindowCases;
import java.util.List;

/** Every group of the conformance suite; the reference build and Ember's tests both run this list. */
public final class ConformanceSuite {
  private ConformanceSuite() {
  }

  public static List<CaseGroup> groups() {
    return List.of(
        new RangeCases(),
        new ExpressionCases(),
        new ColumnCases(),
        new AggregateCases(),
        new LocalDataCases(),
        new ShowCases(),
        new ErrorCases(),
        new ViewCases(),
        new ReaderCases(),
        new ReaderOptionCases(),
        new ReaderEdgeCases(),
        new ParquetTimestampCases(),
        new CheckpointCases(),
        new RowPositionCases(),
        new NaEdgeCases(),
        new StatSamplingCases(),
        new ObserveCases(),
        new CastOverflowCases(),
        new AggregateFunctionCases(),
        new GroupingCases(),
        new ConditionalCases(),
        new JoinCases(),
        new SetOperationCases(),
        new DeduplicateCases(),
        new OtherRelationCases(),
        new ComplexTypeCases(),
        new NaStatCases(),
        new MathCases(),
        new StringFunctionCases(),
        new MoreStringFunctionCases(),
        new MoreDatetimeFunctionCases(),
        new WindowCases(),
        new SessionConfCases(),
        new DatetimeCases(),
        new DatetimeFunctionCases(),
        new DatetimeFormatCases(),
        new CollectionFunctionCases(),
        new GeneratorCases(),
        new LambdaCases(),
        new ArrayFunctionCases(),
        new MapFunctionCases(),
        new JsonHashCases());
  }
}
