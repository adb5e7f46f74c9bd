package dev.ember.sql;

import dev.ember.plan.command.CacheTable;
import dev.ember.plan.command.CreateTempView;
import dev.ember.plan.command.DescribeQuery;
import dev.ember.plan.command.DropView;
import dev.ember.plan.command.ResetConf;
import dev.ember.plan.command.SetConf;
import dev.ember.plan.command.ShowCurrentNamespace;
import dev.ember.plan.command.ShowTables;
import dev.ember.plan.command.UseNamespace;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * A whole statement: a query, or one of the session commands Ember runs (SET, RESET, temporary views, SHOW
 * TABLES/VIEWS, USE, SHOW CURRENT NAMESPACE, DESCRIBE); any other statement is UNSUPPORTED_CALL naming it.
 */
final class StatementBuilder {
  /** Spark's {@code SET key=value}: the key, then everything after the first '=' (SparkSqlAstBuilder). */
  private static final Pattern KEY_VALUE = Pattern.compile("([a-zA-Z_\\d\\\\.:]+)\\s*=([^;]*);*");
  private static final Pattern KEY = Pattern.compile("([a-zA-Z_\\d\\\\.:]+)$");

  private final QueryBuilder queries;
  private final ExpressionBuilder expressions;
  private final SqlVariables variables;
  private final SqlFunctionStatements functions;
  private final SqlCatalogStatements catalogStatements;

  StatementBuilder(ExpressionBuilder expressions) {
    this.expressions = expressions;
    this.queries = new QueryBuilder(expressions);
    this.variables = new SqlVariables(expressions, queries);
    this.functions = new SqlFunctionStatements(expressions, queries);
    this.catalogStatements = new SqlCatalogStatements(expressions, queries);
  }

  SqlStatement statement(SqlBaseParser.SingleStatementContext single) {
    if (single.setResetStatement() != null) {
      return new SqlStatement.Run(setOrReset(single.setResetStatement()));
    }
    return statement(single.statement());
  }

  /** A SQL script ({@code BEGIN ... END}), its statements read as single statements are. */
  SqlStatement script(SqlBaseParser.SingleCompoundStatementContext script) {
    return new SqlStatement.Run(new dev.ember.plan.command.SqlScript(
        new SqlScriptBuilder(this, expressions).script(script)));
  }

  SqlStatement statement(SqlBaseParser.StatementContext statement) {
    if (statement instanceof SqlBaseParser.StatementDefaultContext query) {
      return new SqlStatement.Query(expressions.origins().wrap(queries.query(query.query())));
    }
    if (statement instanceof SqlBaseParser.CreateViewContext view && view.TEMPORARY() != null
        && view.EXISTS() != null) {
      throw expressions.origins().attach(statement, new EmberException(ErrorKind.PARSE, "_LEGACY_ERROR_TEMP_0053",
          null, "It is not allowed to define a TEMPORARY view with IF NOT EXISTS.", Map.of()));
    }
    if (statement instanceof SqlBaseParser.CreateViewContext view && view.TEMPORARY() != null
        && !view.schemaBinding().isEmpty()) {
      // a temporary view has no schema binding mode: it is analyzed once, where it is made
      throw expressions.origins().attach(statement, new EmberException(ErrorKind.PARSE,
          "UNSUPPORTED_FEATURE.TEMPORARY_VIEW_WITH_SCHEMA_BINDING_MODE", "0A000",
          "The feature is not supported: Temporary views cannot be created with the WITH SCHEMA clause. Recreate "
              + "the temporary view when the underlying schema changes, or use a persisted view.", Map.of()));
    }
    if (statement instanceof SqlBaseParser.CreateViewContext view && view.TEMPORARY() != null
        && view.commentSpec().isEmpty() && view.schemaBinding().isEmpty() && view.collationSpec().size() <= 1
        && view.PARTITIONED().isEmpty() && view.TBLPROPERTIES().isEmpty()) {
      Optional<List<String>> columns = view.identifierCommentList() == null ? Optional.empty()
          : Optional.of(view.identifierCommentList().identifierComment().stream()
              .map(column -> column.identifier().getText()).toList());
      List<String> name = nameParts(view.identifierReference());
      if (view.GLOBAL() == null) {
        name = SqlTempObjectNames.unqualified("VIEW", name);
      }
      return new SqlStatement.Run(new CreateTempView(name, columns,
          SqlCatalogStatements.withDefaultCollation(viewQuery(view.query(), name), view.collationSpec()),
          view.REPLACE() != null, view.GLOBAL() != null, Optional.of(expressions.source(view.query()))));
    }
    if (statement instanceof SqlBaseParser.CreateTempViewUsingContext using) {
      return new SqlStatement.Run(SqlTempViewsUsing.create(expressions, using));
    }
    if (statement instanceof SqlBaseParser.CacheTableContext cache && cache.options == null) {
      return new SqlStatement.Run(new CacheTable(nameParts(cache.identifierReference()),
          Optional.ofNullable(cache.query()).map(query -> expressions.origins().wrap(queries.query(query))), false,
          false, false));
    }
    if (statement instanceof SqlBaseParser.UncacheTableContext uncache) {
      return new SqlStatement.Run(new CacheTable(nameParts(uncache.identifierReference()), Optional.empty(), true,
          uncache.EXISTS() != null, false));
    }
    if (statement instanceof SqlBaseParser.ClearCacheContext) {
      return new SqlStatement.Run(new CacheTable(List.of(), Optional.empty(), true, true, true));
    }
    if (statement instanceof SqlBaseParser.VisitExecuteImmediateContext execute) {
      return variables.executeImmediate(execute.executeImmediate());
    }
    if (statement instanceof SqlBaseParser.CreateVariableContext declare) {
      return new SqlStatement.Run(variables.declare(declare));
    }
    if (statement instanceof SqlBaseParser.DropVariableContext drop) {
      return new SqlStatement.Run(variables.drop(drop));
    }
    if (statement instanceof SqlBaseParser.DropViewContext drop) {
      return new SqlStatement.Run(new DropView(nameParts(drop.identifierReference()), drop.EXISTS() != null));
    }
    if (statement instanceof SqlBaseParser.ShowTablesContext show) {
      return new SqlStatement.Run(new ShowTables(optionalName(show.identifierReference()), pattern(show.pattern),
          false));
    }
    if (statement instanceof SqlBaseParser.ShowViewsContext show) {
      return new SqlStatement.Run(new ShowTables(optionalName(show.identifierReference()), pattern(show.pattern),
          true));
    }
    if (statement instanceof SqlBaseParser.ShowCurrentNamespaceContext) {
      return new SqlStatement.Run(new ShowCurrentNamespace());
    }
    if (statement instanceof SqlBaseParser.UseContext use) {
      return new SqlStatement.Run(new UseNamespace(nameParts(use.identifierReference())));
    }
    if (statement instanceof SqlBaseParser.UseNamespaceContext use) {
      return new SqlStatement.Run(new UseNamespace(nameParts(use.identifierReference())));
    }
    if (statement instanceof SqlBaseParser.DescribeQueryContext describe) {
      return new SqlStatement.Run(new DescribeQuery(expressions.origins().wrap(queries.query(describe.query()))));
    }
    Optional<dev.ember.plan.command.Command> catalogCommand = catalogStatements.command(statement);
    if (catalogCommand.isPresent()) {
      return new SqlStatement.Run(catalogCommand.get());
    }
    java.util.Optional<dev.ember.plan.command.Command> function = statement instanceof
        SqlBaseParser.CreateUserDefinedFunctionContext create ? functions.create(create)
        : statement instanceof SqlBaseParser.CreateFunctionContext create ? functions.createOfClass(create)
        : statement instanceof SqlBaseParser.RefreshFunctionContext refresh
            ? Optional.of(new dev.ember.plan.command.RefreshFunction(nameParts(refresh.identifierReference())))
        : statement instanceof SqlBaseParser.DropFunctionContext drop ? functions.drop(drop)
        : statement instanceof SqlBaseParser.DescribeFunctionContext describe ? functions.describe(describe)
        : statement instanceof SqlBaseParser.ShowFunctionsContext show ? functions.show(show)
        : Optional.empty();
    if (function.isPresent()) {
      return new SqlStatement.Run(function.get());
    }
    throw ExpressionBuilder.unsupported(firstWords(expressions.source(statement)));
  }

  /**
   * A view's query, with origins in its own text as Spark reads a view's text again when a query uses it: errors
   * inside the view name the view ({@code VIEW}, its name) and count positions from the query's start.
   */
  private dev.ember.plan.logical.LogicalPlan viewQuery(SqlBaseParser.QueryContext query, List<String> name) {
    SqlOriginRecorder statementOrigins = expressions.origins();
    SqlOriginRecorder viewOrigins = statementOrigins.view(query, name.get(name.size() - 1));
    expressions.useOrigins(viewOrigins);
    try {
      return viewOrigins.wrap(queries.query(query));
    } finally {
      expressions.useOrigins(statementOrigins);
    }
  }

  /** SET and RESET, read from the text as Spark reads them. */
  private dev.ember.plan.command.Command setOrReset(SqlBaseParser.SetResetStatementContext statement) {
    if (statement instanceof SqlBaseParser.SetQuotedConfigurationContext quoted) {
      return new SetConf(Optional.of(quoted.configKey().getText()), Optional.of(quoted.configValue().getText()));
    }
    if (statement instanceof SqlBaseParser.SetConfigurationContext set) {
      String remainder = remainderAfter(set.SET().getSymbol().getStopIndex(), statement).trim();
      Matcher keyValue = KEY_VALUE.matcher(remainder);
      if (keyValue.matches()) {
        return new SetConf(Optional.of(keyValue.group(1)), Optional.of(keyValue.group(2).trim()));
      }
      Matcher key = KEY.matcher(remainder);
      if (key.matches()) {
        return new SetConf(Optional.of(key.group(1)), Optional.empty());
      }
      if (remainder.isEmpty()) {
        return new SetConf(Optional.empty(), Optional.empty());
      }
      throw new EmberException(ErrorKind.PARSE, "INVALID_SET_SYNTAX", "42000",
          "Expected format is 'SET', 'SET key', or 'SET key=value'. If you want to include special characters in "
              + "key, or include semicolon in value, please use backquotes, e.g., SET `key`=`value`.", Map.of());
    }
    if (statement instanceof SqlBaseParser.ResetQuotedConfigurationContext quoted) {
      return new ResetConf(Optional.of(quoted.configKey().getText()));
    }
    if (statement instanceof SqlBaseParser.ResetConfigurationContext reset) {
      String key = remainderAfter(reset.RESET().getSymbol().getStopIndex(), statement).trim();
      return new ResetConf(key.isEmpty() ? Optional.empty() : Optional.of(key));
    }
    if (statement instanceof SqlBaseParser.SetVariableContext set) {
      return variables.set(set);
    }
    if (statement instanceof SqlBaseParser.SetPathContext path) {
      return SqlPathStatements.setPath(path);
    }
    if (statement instanceof SqlBaseParser.SetTimeZoneContext zone) {
      return new SetConf(Optional.of("spark.sql.session.timeZone"), Optional.of(SqlTimeZones.value(expressions, zone)));
    }
    throw ExpressionBuilder.unsupported(firstWords(expressions.source(statement)));
  }

  private String remainderAfter(int stopIndex, SqlBaseParser.SetResetStatementContext statement) {
    int end = statement.stop == null ? stopIndex : Math.max(stopIndex, statement.stop.getStopIndex());
    // the parser's indexes count code points: read the text from its input, not from the text's UTF-16 units
    return end <= stopIndex ? "" : statement.start.getInputStream().getText(
        org.antlr.v4.runtime.misc.Interval.of(stopIndex + 1, end));
  }

  private List<String> nameParts(SqlBaseParser.IdentifierReferenceContext reference) {
    return SqlIdentifierClause.nameParts(expressions, reference);
  }

  private Optional<List<String>> optionalName(SqlBaseParser.IdentifierReferenceContext reference) {
    return reference == null ? Optional.empty() : Optional.of(nameParts(reference));
  }

  private static Optional<String> pattern(SqlBaseParser.StringLitContext pattern) {
    return pattern == null ? Optional.empty() : Optional.of(SqlLiterals.string(pattern));
  }

  private static String firstWords(String statement) {
    String[] words = statement.trim().split("\\s+");
    return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(3, words.length)));
  }
}
