package dev.ember.sql;

import dev.ember.plan.command.MergeIntoTable;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.UnresolvedRelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code MERGE [WITH SCHEMA EVOLUTION] INTO target [alias] USING source [alias] ON condition WHEN [NOT] MATCHED [BY
 * SOURCE | TARGET] [AND condition] THEN action ...}: the {@link MergeIntoTable} command.
 */
final class SqlMerges {
  private final ExpressionBuilder expressions;
  private final QueryBuilder queries;

  SqlMerges(ExpressionBuilder expressions, QueryBuilder queries) {
    this.expressions = expressions;
    this.queries = queries;
  }

  MergeIntoTable merge(SqlBaseParser.MergeIntoTableContext merge) {
    LogicalPlan source = merge.source != null
        ? new UnresolvedRelation(SqlIdentifierClause.nameParts(expressions, merge.source))
        : expressions.origins().wrap(queries.query(merge.sourceQuery));
    source = RelationBuilder.aliased(source, merge.sourceAlias);
    Optional<String> targetAlias = Optional.ofNullable(merge.targetAlias)
        .filter(alias -> alias.strictIdentifier() != null).map(alias -> alias.strictIdentifier().getText());
    List<MergeIntoTable.Action> matched = new ArrayList<>();
    for (SqlBaseParser.MatchedClauseContext clause : merge.matchedClause()) {
      SqlBaseParser.MatchedActionContext action = clause.matchedAction();
      matched.add(action.DELETE() != null ? action(MergeIntoTable.ActionType.DELETE, clause.matchedCond, List.of())
          : action.ASTERISK() != null ? action(MergeIntoTable.ActionType.UPDATE_STAR, clause.matchedCond, List.of())
          : action(MergeIntoTable.ActionType.UPDATE, clause.matchedCond, assignments(action.assignmentList())));
    }
    List<MergeIntoTable.Action> notMatched = new ArrayList<>();
    for (SqlBaseParser.NotMatchedClauseContext clause : merge.notMatchedClause()) {
      SqlBaseParser.NotMatchedActionContext action = clause.notMatchedAction();
      if (action.ASTERISK() != null) {
        notMatched.add(action(MergeIntoTable.ActionType.INSERT_STAR, clause.notMatchedCond, List.of()));
        continue;
      }
      List<SqlBaseParser.MultipartIdentifierContext> columns = action.columns.multipartIdentifier();
      if (columns.size() != action.expression().size()) {
        throw ExpressionBuilder.unsupported("INSERT (columns) VALUES (values) of another number of values");
      }
      List<MergeIntoTable.Assignment> values = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        values.add(new MergeIntoTable.Assignment(parts(columns.get(i)), expressions.expression(action.expression(i))));
      }
      notMatched.add(action(MergeIntoTable.ActionType.INSERT, clause.notMatchedCond, values));
    }
    List<MergeIntoTable.Action> notMatchedBySource = new ArrayList<>();
    for (SqlBaseParser.NotMatchedBySourceClauseContext clause : merge.notMatchedBySourceClause()) {
      SqlBaseParser.NotMatchedBySourceActionContext action = clause.notMatchedBySourceAction();
      notMatchedBySource.add(action.DELETE() != null
          ? action(MergeIntoTable.ActionType.DELETE, clause.notMatchedBySourceCond, List.of())
          : action(MergeIntoTable.ActionType.UPDATE, clause.notMatchedBySourceCond,
              assignments(action.assignmentList())));
    }
    return new MergeIntoTable(SqlIdentifierClause.nameParts(expressions, merge.target), targetAlias, source,
        expressions.condition(merge.mergeCondition), matched, notMatched, notMatchedBySource,
        merge.EVOLUTION() != null);
  }

  private MergeIntoTable.Action action(MergeIntoTable.ActionType type, SqlBaseParser.BooleanExpressionContext condition,
      List<MergeIntoTable.Assignment> assignments) {
    return new MergeIntoTable.Action(type, Optional.ofNullable(condition).map(expressions::condition), assignments);
  }

  List<MergeIntoTable.Assignment> assignments(SqlBaseParser.AssignmentListContext list) {
    List<MergeIntoTable.Assignment> assignments = new ArrayList<>();
    for (SqlBaseParser.AssignmentContext assignment : list.assignment()) {
      assignments.add(new MergeIntoTable.Assignment(parts(assignment.key), expressions.expression(assignment.value)));
    }
    return assignments;
  }

  private static List<String> parts(SqlBaseParser.MultipartIdentifierContext identifier) {
    return SqlVariables.parts(identifier);
  }
}
