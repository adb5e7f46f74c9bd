package dev.ember.sql;

import dev.ember.plan.command.Command;
import dev.ember.plan.command.InsertInto;
import dev.ember.plan.expressions.Expression;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * SQL's data statements over tables: {@code INSERT INTO | OVERWRITE [TABLE] t [PARTITION (...)] [(columns)] query},
 * MERGE INTO, and UPDATE / DELETE, which file tables refuse. Empty for any other statement.
 */
final class SqlInserts {
  private final ExpressionBuilder expressions;
  private final QueryBuilder queries;

  SqlInserts(ExpressionBuilder expressions, QueryBuilder queries) {
    this.expressions = expressions;
    this.queries = queries;
  }

  Optional<Command> command(SqlBaseParser.StatementContext statement) {
    if (!(statement instanceof SqlBaseParser.DmlStatementContext dml)) {
      return Optional.empty();
    }
    SqlBaseParser.DmlStatementNoWithContext body = dml.dmlStatementNoWith();
    if (body instanceof SqlBaseParser.SingleInsertQueryContext single && single.queryAlias == null) {
      // WITH ... INSERT INTO t query: the CTEs are the query's
      return insert(single, dml);
    }
    if (dml.ctes() != null) {
      return Optional.empty();
    }
    if (body instanceof SqlBaseParser.DeleteFromTableContext delete) {
      return Optional.of(new dev.ember.plan.command.DeleteFromTable(name(delete.identifierReference()),
          alias(delete.tableAlias()), where(delete.whereClause())));
    }
    if (body instanceof SqlBaseParser.UpdateTableContext update) {
      return Optional.of(new dev.ember.plan.command.UpdateTable(name(update.identifierReference()),
          alias(update.tableAlias()), new SqlMerges(expressions, queries).assignments(update.setClause().assignmentList()),
          where(update.whereClause())));
    }
    if (body instanceof SqlBaseParser.MergeIntoTableContext merge) {
      return Optional.of(new SqlMerges(expressions, queries).merge(merge));
    }
    return Optional.empty();
  }

  private Optional<Command> insert(SqlBaseParser.SingleInsertQueryContext single, SqlBaseParser.DmlStatementContext dml) {
    SqlBaseParser.InsertIntoContext target = single.insertInto();
    if (target instanceof SqlBaseParser.InsertIntoTableContext into && into.optionsClause() == null
        && into.NAME() == null && into.EXISTS() == null && into.EVOLUTION() == null) {
      return Optional.of(new InsertInto(name(into.identifierReference()), query(single, dml), false,
          partition(into.partitionSpec()), columns(into.identifierList())));
    }
    if (target instanceof SqlBaseParser.InsertOverwriteTableContext overwrite && overwrite.optionsClause() == null
        && overwrite.NAME() == null && overwrite.EXISTS() == null && overwrite.EVOLUTION() == null) {
      return Optional.of(new InsertInto(name(overwrite.identifierReference()), query(single, dml), true,
          partition(overwrite.partitionSpec()), columns(overwrite.identifierList())));
    }
    return Optional.empty();
  }

  private static Optional<String> alias(SqlBaseParser.TableAliasContext alias) {
    return Optional.ofNullable(alias).filter(given -> given.strictIdentifier() != null)
        .map(given -> given.strictIdentifier().getText());
  }

  private Optional<Expression> where(SqlBaseParser.WhereClauseContext where) {
    return Optional.ofNullable(where).map(clause -> expressions.condition(clause.booleanExpression()));
  }

  private dev.ember.plan.logical.LogicalPlan query(SqlBaseParser.SingleInsertQueryContext single,
      SqlBaseParser.DmlStatementContext dml) {
    return expressions.origins().wrap(dml.ctes() == null ? queries.query(single.query())
        : queries.withCtes(dml, dml.ctes(), true, () -> queries.query(single.query())));
  }

  /** A PARTITION clause's constant values by column (none for a column named without one). */
  Map<String, Optional<Expression>> partition(SqlBaseParser.PartitionSpecContext spec) {
    Map<String, Optional<Expression>> values = new LinkedHashMap<>();
    if (spec != null) {
      for (SqlBaseParser.PartitionValContext value : spec.partitionVal()) {
        if (value.DEFAULT() != null || value.identifier() == null) {
          throw ExpressionBuilder.unsupported("PARTITION (... DEFAULT)");
        }
        values.put(value.identifier().getText(), value.constant() == null ? Optional.empty()
            : Optional.of(expressions.constant(value.constant())));
      }
    }
    return values;
  }

  private static Optional<List<String>> columns(SqlBaseParser.IdentifierListContext list) {
    return list == null ? Optional.empty() : Optional.of(QueryBuilder.identifiers(list));
  }

  private List<String> name(SqlBaseParser.IdentifierReferenceContext reference) {
    return SqlIdentifierClause.nameParts(expressions, reference);
  }
}
