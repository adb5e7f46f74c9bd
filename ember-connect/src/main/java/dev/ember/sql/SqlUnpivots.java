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
 * named by its alias or its name; rows whose value is NULL are left out unless INCLUDE NULLS, as in Spark. Several
 * value columns at once, {@code (a, b) FOR name IN ((a1, b1) [AS alias], ...)}: each set of columns a
 * {@code struct(a1, b1)} of the plan's Unpivot; the rows left out are those whose every value is NULL.
 */
final class SqlUnpivots {
  private SqlUnpivots() {
  }

  static LogicalPlan unpivot(LogicalPlan input, SqlBaseParser.UnpivotClauseContext clause) {
    SqlBaseParser.UnpivotSingleValueColumnClauseContext single = clause.unpivotOperator()
        .unpivotSingleValueColumnClause();
    SqlBaseParser.UnpivotMultiValueColumnClauseContext several = clause.unpivotOperator()
        .unpivotMultiValueColumnClause();
    List<Expression> values = new ArrayList<>();
    List<List<String>> unpivoted = new ArrayList<>();
    List<String> valueNames;
    String variableName;
    if (single != null) {
      for (SqlBaseParser.UnpivotColumnAndAliasContext column : single.unpivotColumns) {
        List<String> name = nameOf(column.unpivotColumn());
        unpivoted.add(name);
        Expression reference = new UnresolvedAttribute(name, OptionalLong.empty());
        values.add(column.unpivotAlias() == null ? reference : new Alias(reference, aliasOf(column.unpivotAlias())));
      }
      valueNames = List.of(single.unpivotValueColumn().identifier().getText());
      variableName = single.unpivotNameColumn().identifier().getText();
    } else {
      for (SqlBaseParser.UnpivotColumnSetContext set : several.unpivotColumnSets) {
        List<Expression> columns = new ArrayList<>();
        for (SqlBaseParser.UnpivotColumnContext column : set.unpivotColumns) {
          List<String> name = nameOf(column);
          if (!unpivoted.contains(name)) {
            // a column may serve in several sets; the ids are the columns of none
            unpivoted.add(name);
          }
          columns.add(new UnresolvedAttribute(name, OptionalLong.empty()));
        }
        Expression columnsOfSet = new UnresolvedFunction("struct", columns, false);
        values.add(set.unpivotAlias() == null ? columnsOfSet : new Alias(columnsOfSet, aliasOf(set.unpivotAlias())));
      }
      valueNames = several.unpivotValueColumns.stream().map(column -> column.identifier().getText()).toList();
      variableName = several.unpivotNameColumn().identifier().getText();
    }
    LogicalPlan plan = new Unpivot(input, List.of(new UnresolvedStar(List.of(), OptionalLong.empty(), unpivoted)),
        Optional.of(values), variableName, valueNames);
    boolean includeNulls = clause.unpivotNullClause() != null && clause.unpivotNullClause().INCLUDE() != null;
    if (!includeNulls) {
      Expression anyValue = null;
      for (String valueName : valueNames) {
        Expression notNull = new UnresolvedFunction("isnotnull", List.of(UnresolvedAttribute.of(valueName)), false);
        anyValue = anyValue == null ? notNull : new UnresolvedFunction("or", List.of(anyValue, notNull), false);
      }
      plan = new Filter(plan, anyValue);
    }
    return clause.errorCapturingIdentifier() == null ? plan
        : new SubqueryAlias(plan, ((ParserRuleContext) clause.errorCapturingIdentifier().identifier()).getText());
  }

  private static List<String> nameOf(SqlBaseParser.UnpivotColumnContext column) {
    return column.multipartIdentifier().errorCapturingIdentifier().stream()
        .map(part -> part.identifier().getText()).toList();
  }

  private static String aliasOf(SqlBaseParser.UnpivotAliasContext alias) {
    return alias.errorCapturingIdentifier().identifier().getText();
  }
}
