package dev.ember.sql;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.SubqueryAlias;
import dev.ember.plan.logical.Unpivot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code FROM ... UNPIVOT [INCLUDE | EXCLUDE NULLS] (value FOR name IN (column [AS alias], ...)) [AS u]}: the
 * DataFrame's unpivot with the rest of the input's columns as ids ({@code * EXCEPT} the unpivoted ones), each column
 * named by its alias or its name; rows whose value is NULL are left out unless INCLUDE NULLS, as in Spark. Unpivoting
 * several value columns at once ({@code (a, b) FOR ...}) is not built yet.
 */
final class SqlUnpivots {
  private SqlUnpivots() {
  }

  static LogicalPlan unpivot(LogicalPlan input, SqlBaseParser.UnpivotClauseContext clause) {
    SqlBaseParser.UnpivotSingleValueColumnClauseContext single = clause.unpivotOperator()
        .unpivotSingleValueColumnClause();
    if (single == null) {
      throw ExpressionBuilder.unsupported("UNPIVOT of several value columns");
    }
    List<Expression> values = new ArrayList<>();
    List<List<String>> unpivoted = new ArrayList<>();
    for (SqlBaseParser.UnpivotColumnAndAliasContext column : single.unpivotColumns) {
      List<String> name = column.unpivotColumn().multipartIdentifier().errorCapturingIdentifier().stream()
          .map(part -> part.identifier().getText()).toList();
      unpivoted.add(name);
      Expression reference = new UnresolvedAttribute(name, OptionalLong.empty());
      values.add(column.unpivotAlias() == null ? reference
          : new Alias(reference, column.unpivotAlias().errorCapturingIdentifier().identifier().getText()));
    }
    String valueName = single.unpivotValueColumn().identifier().getText();
    String variableName = single.unpivotNameColumn().identifier().getText();
    LogicalPlan plan = new Unpivot(input, List.of(new UnresolvedStar(List.of(), OptionalLong.empty(), unpivoted)),
        Optional.of(values), variableName, valueName);
    boolean includeNulls = clause.unpivotNullClause() != null && clause.unpivotNullClause().INCLUDE() != null;
    if (!includeNulls) {
      plan = new Filter(plan, new UnresolvedFunction("isnotnull", List.of(UnresolvedAttribute.of(valueName)), false));
    }
    return clause.errorCapturingIdentifier() == null ? plan
        : new SubqueryAlias(plan, ((ParserRuleContext) clause.errorCapturingIdentifier().identifier()).getText());
  }
}
