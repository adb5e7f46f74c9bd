package dev.ember.connect;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.NaFunction;
import dev.ember.plan.logical.PivotAggregate;
import dev.ember.plan.logical.StatisticsSummary;
import dev.ember.plan.logical.ToSchema;
import dev.ember.plan.logical.Unpivot;
import dev.ember.plan.types.AtomicType;
import java.util.List;
import org.apache.spark.connect.proto.Relation;

/**
 * The DataFrame functions of {@code df.na()}, {@code df.stat()}, {@code describe}/{@code summary},
 * {@code unpivot} and {@code to(schema)}: their own plan nodes, or written with aggregation and pivot.
 */
final class DataFrameFunctionTranslator {
  private DataFrameFunctionTranslator() {
  }

  static LogicalPlan translate(Relation relation, RelationTranslator relations) {
    switch (relation.getRelTypeCase()) {
      case FILL_NA: {
        var fill = relation.getFillNa();
        return new NaFunction.Fill(relations.translate(fill.getInput()), fill.getColsList(),
            fill.getValuesList().stream().map(LiteralTranslator::translate).toList());
      }
      case DROP_NA: {
        var drop = relation.getDropNa();
        return new NaFunction.DropRows(relations.translate(drop.getInput()), drop.getColsList(),
            drop.hasMinNonNulls() ? java.util.OptionalInt.of(drop.getMinNonNulls()) : java.util.OptionalInt.empty());
      }
      case REPLACE: {
        var replace = relation.getReplace();
        return new NaFunction.Replace(relations.translate(replace.getInput()), replace.getColsList(),
            replace.getReplacementsList().stream().map(r -> LiteralTranslator.translate(r.getOldValue())).toList(),
            replace.getReplacementsList().stream().map(r -> LiteralTranslator.translate(r.getNewValue())).toList());
      }
      case DESCRIBE:
        return new StatisticsSummary(relations.translate(relation.getDescribe().getInput()),
            StatisticsSummary.DESCRIBE, relation.getDescribe().getColsList());
      case SUMMARY:
        return new StatisticsSummary(relations.translate(relation.getSummary().getInput()),
            relation.getSummary().getStatisticsCount() == 0 ? StatisticsSummary.SUMMARY
                : relation.getSummary().getStatisticsList(), java.util.List.of());
      case UNPIVOT: {
        var unpivot = relation.getUnpivot();
        return new Unpivot(relations.translate(unpivot.getInput()), ExpressionTranslator.translateAll(unpivot.getIdsList()),
            unpivot.hasValues() ? java.util.Optional.of(ExpressionTranslator.translateAll(unpivot.getValues().getValuesList()))
                : java.util.Optional.empty(),
            unpivot.getVariableColumnName(), unpivot.getValueColumnName());
      }
      case TO_SCHEMA:
        return new ToSchema(relations.translate(relation.getToSchema().getInput()),
            (dev.ember.plan.types.StructType) DataTypes.fromProto(relation.getToSchema().getSchema()));
      case APPROX_QUANTILE:
        return approxQuantile(relations.translate(relation.getApproxQuantile().getInput()),
            relation.getApproxQuantile());
      case CROSSTAB:
        return crosstab(relations.translate(relation.getCrosstab().getInput()),
            relation.getCrosstab().getCol1(), relation.getCrosstab().getCol2());
      case CORR:
        return statistic(relations, relation.getCorr().getInput(), "stat_corr", relation.getCorr().getCol1(),
            relation.getCorr().getCol2());
      case COV:
        return statistic(relations, relation.getCov().getInput(), "stat_cov", relation.getCov().getCol1(),
            relation.getCov().getCol2());
      case SAMPLE_BY:
        return StatSamplingTranslator.sampleBy(relations.translate(relation.getSampleBy().getInput()),
            relation.getSampleBy());
      case FREQ_ITEMS:
        return StatSamplingTranslator.freqItems(relations.translate(relation.getFreqItems().getInput()),
            relation.getFreqItems());
      default:
        throw UnsupportedApi.relation(relation.getRelTypeCase());
    }
  }

  /** {@code df.stat().corr/cov(a, b)}: one row, one double. */
  private static LogicalPlan statistic(RelationTranslator relations, Relation input, String function, String first, String second) {
    return new Aggregate(relations.translate(input), java.util.List.of(), java.util.List.of(new dev.ember.plan.expressions.Alias(
        dev.ember.plan.expressions.UnresolvedFunction.of(function,
            dev.ember.plan.expressions.UnresolvedAttribute.of(first),
            dev.ember.plan.expressions.UnresolvedAttribute.of(second)), function)));
  }


  /** One row: for each column, its quantiles as doubles (exact at Spark's default accuracy). */
  static LogicalPlan approxQuantile(LogicalPlan input, org.apache.spark.connect.proto.StatApproxQuantile quantile) {
    List<Expression> perColumn = quantile.getColsList().stream()
        .<Expression>map(column -> new UnresolvedFunction("array", quantile.getProbabilitiesList().stream()
            .<Expression>map(probability -> UnresolvedFunction.of("percentile_approx",
                new Cast(UnresolvedAttribute.of(column), AtomicType.DOUBLE, false),
                new Literal(probability, AtomicType.DOUBLE)))
            .toList(), false))
        .toList();
    return new Aggregate(input, List.of(),
        List.of(new Alias(new UnresolvedFunction("array", perColumn, false), "approx_quantile")));
  }

  /** {@code crosstab(a, b)}: a row per value of a, a column of counts per value of b (0 where none). */
  static LogicalPlan crosstab(LogicalPlan input, String first, String second) {
    Expression rowKey = new Alias(new Cast(UnresolvedAttribute.of(first), AtomicType.STRING, false),
        first + "_" + second);
    PivotAggregate counts = new PivotAggregate(input, List.of(rowKey),
        new Cast(UnresolvedAttribute.of(second), AtomicType.STRING, false), List.of(),
        List.of(UnresolvedFunction.of("count", Literal.of(1))));
    return new NaFunction.Fill(counts, List.of(), List.of(Literal.of(0L)));
  }
}
