package dev.ember.connect;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.WindowExpression;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Project;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.connect.proto.StatFreqItems;
import org.apache.spark.connect.proto.StatSampleBy;

/**
 * {@code df.stat().sampleBy} and {@code df.stat().freqItems}, written with Spark's own operators:
 * sampleBy as Spark writes it (a row is kept when {@code rand(seed)} is below its stratum's fraction,
 * 0 for a stratum without one); freqItems as the items whose count exceeds {@code support} times the
 * row count (every item Spark's one-pass algorithm is sure to report; it may report a few more).
 */
final class StatSamplingTranslator {
  private StatSamplingTranslator() {
  }

  static LogicalPlan sampleBy(LogicalPlan input, StatSampleBy sampleBy) {
    Expression stratum = ExpressionTranslator.translate(sampleBy.getCol());
    List<Expression> branches = new ArrayList<>();
    for (StatSampleBy.Fraction fraction : sampleBy.getFractionsList()) {
      if (fraction.getFraction() < 0 || fraction.getFraction() > 1) {
        throw EmberException.withoutErrorClass(ErrorKind.JAVA_ILLEGAL_ARGUMENT, "requirement failed: Fractions must be in [0, 1], but got "
            + sampleBy.getFractionsList().stream().map(f -> LiteralTranslator.translate(f.getStratum()).value()
                + " -> " + f.getFraction()).toList().toString().replace("[", "Map(").replace("]", ")") + ".");
      }
      branches.add(UnresolvedFunction.of("==", stratum, LiteralTranslator.translate(fraction.getStratum())));
      branches.add(new Literal(fraction.getFraction(), AtomicType.DOUBLE));
    }
    Expression threshold = branches.isEmpty() ? new Literal(0.0, AtomicType.DOUBLE)
        : UnresolvedFunction.of("coalesce", new UnresolvedFunction("when", branches, false),
            new Literal(0.0, AtomicType.DOUBLE));
    Expression draw = UnresolvedFunction.of("rand", Literal.of(sampleBy.hasSeed() ? sampleBy.getSeed() : 0L));
    return new Filter(input, UnresolvedFunction.of("<", draw, threshold));
  }

  static LogicalPlan freqItems(LogicalPlan input, StatFreqItems freqItems) {
    double support = freqItems.hasSupport() ? freqItems.getSupport() : 0.01;
    if (support < 1e-4 || support > 1) {
      throw EmberException.withoutErrorClass(ErrorKind.JAVA_ILLEGAL_ARGUMENT,
          "requirement failed: Support must be in [1e-4, 1], but got " + support + ".");
    }
    List<Expression> counted = new ArrayList<>();
    List<Expression> items = new ArrayList<>();
    Expression total = new WindowExpression(UnresolvedFunction.of("count", Literal.of(1)), List.of(), List.of(),
        Optional.empty());
    counted.add(new Alias(total, "#total"));
    for (int i = 0; i < freqItems.getColsCount(); i++) {
      String column = freqItems.getCols(i);
      Expression value = UnresolvedAttribute.of(column);
      Expression count = new WindowExpression(UnresolvedFunction.of("count", Literal.of(1)), List.of(value),
          List.of(), Optional.empty());
      counted.add(new Alias(value, "#value" + i));
      counted.add(new Alias(count, "#count" + i));
      Expression frequent = UnresolvedFunction.of(">", UnresolvedAttribute.of("#count" + i),
          UnresolvedFunction.of("*", UnresolvedAttribute.of("#total"), new Literal(support, AtomicType.DOUBLE)));
      items.add(new Alias(UnresolvedFunction.of("collect_set", UnresolvedFunction.of("when", frequent,
          UnresolvedAttribute.of("#value" + i))), column + "_freqItems"));
    }
    return new Aggregate(new Project(input, counted), List.of(), items);
  }
}
