package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.engine.SessionConf;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.sql.SqlParameters;
import dev.ember.sql.SqlParser;
import dev.ember.sql.SqlParserOptions;
import dev.ember.sql.SqlStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.connect.proto.SQL;
import org.apache.spark.connect.proto.SqlCommand;

/**
 * {@code spark.sql(text[, args])}: the text parsed by Spark's grammar with its arguments bound, from the
 * {@code sql_command} the client sends first and the {@code sql} relation it sends back for a query's rows.
 */
final class SqlStatements {
  private static final SqlParser PARSER = new SqlParser(DataTypes::parseSqlType);

  private SqlStatements() {
  }

  /** The statement of a {@code sql_command}: its {@code input} relation's, or the command's own fields. */
  static SqlStatement parse(SqlCommand command, EngineSession session,
      java.util.function.Function<org.apache.spark.connect.proto.Relation, dev.ember.plan.logical.LogicalPlan> translate) {
    if (command.hasInput() && command.getInput().hasSql()) {
      return parse(command.getInput().getSql(), session);
    }
    if (command.hasInput() && command.getInput().hasWithRelations()) {
      return parse(command.getInput().getWithRelations(), session, translate);
    }
    return parse(command.getSql(), parameters(command.getArgsMap(), command.getNamedArgumentsMap(),
        command.getPosArgsList(), command.getPosArgumentsList()), session);
  }

  /**
   * A statement's text with its arguments (EXECUTE IMMEDIATE's already computed), its {@code ${var}} references
   * substituted first and the session's variables at hand for IDENTIFIER(...).
   */
  static SqlStatement parse(String text, SqlParameters parameters, EngineSession session) {
    return PARSER.parseStatement(SqlVariableSubstitution.substitute(text, session.conf()),
        parameters.withVariables(nameParts -> variable(session, nameParts)), options(session.conf()));
  }

  static SqlStatement parse(SQL sql, EngineSession session) {
    return parse(sql.getQuery(), parameters(sql.getArgsMap(), sql.getNamedArgumentsMap(),
        sql.getPosArgsList(), sql.getPosArgumentsList()), session);
  }

  /** The value of the session variable {@code var}, {@code session.var} or {@code system.session.var}. */
  private static java.util.Optional<dev.ember.plan.expressions.Literal> variable(EngineSession session,
      List<String> nameParts) {
    List<String> qualifiers = nameParts.subList(0, nameParts.size() - 1).stream()
        .map(part -> part.toLowerCase(java.util.Locale.ROOT)).toList();
    if (qualifiers.size() > 2 || !qualifiers.equals(List.of("system", "session").subList(2 - qualifiers.size(), 2))) {
      return java.util.Optional.empty();
    }
    return session.variables().get(nameParts.get(nameParts.size() - 1))
        .map(dev.ember.engine.SessionVariables.Variable::value);
  }

  /** The session's parser confs. */
  private static SqlParserOptions options(SessionConf conf) {
    return new SqlParserOptions(flag(conf, "spark.sql.legacy.identifierClause"),
        flag(conf, "spark.sql.ansi.doubleQuotedIdentifiers"), flag(conf, "spark.sql.parser.quotedRegexColumnNames"),
        flag(conf, "spark.sql.legacy.setopsPrecedence.enabled"),
        flag(conf, "spark.sql.legacy.exponentLiteralAsDecimal.enabled"),
        flag(conf, "spark.sql.ansi.enforceReservedKeywords") && conf.get("spark.sql.ansi.enabled")
            .map(Boolean::parseBoolean).orElse(true),
        conf.get("spark.sql.legacy.ctePrecedencePolicy").map(value -> value.trim().equalsIgnoreCase("EXCEPTION"))
            .orElse(false),
        timestampWithoutTimeZone(conf),
        conf.get("spark.sql.legacy.ctePrecedencePolicy").map(value -> value.trim().equalsIgnoreCase("LEGACY"))
            .orElse(false));
  }

  private static boolean flag(SessionConf conf, String key) {
    return conf.get(key).map(value -> Boolean.parseBoolean(value.trim())).orElse(false);
  }

  /** {@code spark.sql.timestampType=TIMESTAMP_NTZ}: the session's TIMESTAMP is TIMESTAMP_NTZ. */
  private static boolean timestampWithoutTimeZone(SessionConf conf) {
    return conf.get("spark.sql.timestampType").map(type -> type.equalsIgnoreCase("TIMESTAMP_NTZ")).orElse(false);
  }

  /** The texts the catalog keeps, read again where they are used: a view's query, a function's CREATE statement. */
  static final dev.ember.catalog.SqlTexts.Parser CATALOG_TEXTS = new dev.ember.catalog.SqlTexts.Parser() {
    @Override
    public LogicalPlan viewQuery(String text, dev.ember.catalog.TableName view) {
      return SqlStatements.viewQuery(text, view);
    }

    @Override
    public dev.ember.plan.command.SqlFunction function(String text, dev.ember.catalog.TableName function) {
      SqlStatement statement = PARSER.parseStatement(text, SqlParameters.NONE, SqlParserOptions.DEFAULT);
      if (statement instanceof SqlStatement.Run run
          && run.command() instanceof dev.ember.plan.command.CreateSqlFunction create) {
        return create.function();
      }
      throw ExpressionTranslator.notSupported("a function whose text is no CREATE FUNCTION: " + function.quoted());
    }

    @Override
    public List<dev.ember.catalog.SqlTexts.Keyword> keywords(boolean enforceReservedKeywords) {
      return dev.ember.sql.SqlKeywords.of(enforceReservedKeywords).stream()
          .map(keyword -> new dev.ember.catalog.SqlTexts.Keyword(keyword.getKey(), keyword.getValue())).toList();
    }
  };

  /** A persistent view's query, read again from its text as Spark reads a view where it is used. */
  static LogicalPlan viewQuery(String text, dev.ember.catalog.TableName view) {
    SqlStatement statement = PARSER.parseStatement(text, SqlParameters.NONE, SqlParserOptions.DEFAULT);
    if (statement instanceof SqlStatement.Query query) {
      return query.plan();
    }
    throw ExpressionTranslator.notSupported("a view whose text is no query: " + view.quoted());
  }

  /** The {@code sql} relation the client sends back for a query's rows (a command never comes back as one). */
  /**
   * PySpark's {@code spark.sql("... {df} ...", df=df)}: the query (its {@code sql} root) with the DataFrames it names,
   * each a reference aliased by the name the text uses for it.
   */
  static SqlStatement parse(org.apache.spark.connect.proto.WithRelations with, EngineSession session,
      java.util.function.Function<org.apache.spark.connect.proto.Relation, dev.ember.plan.logical.LogicalPlan> translate) {
    if (!isSqlWithDataFrames(with)) {
      throw UnsupportedApi.named("SparkSession.sql with DataFrame arguments");
    }
    java.util.Map<String, dev.ember.plan.logical.LogicalPlan> dataFrames = new java.util.HashMap<>();
    for (org.apache.spark.connect.proto.Relation reference : with.getReferencesList()) {
      dataFrames.put(reference.getSubqueryAlias().getAlias(), translate.apply(reference.getSubqueryAlias().getInput()));
    }
    SQL sql = with.getRoot().getSql();
    return parse(sql.getQuery(), parameters(sql.getArgsMap(), sql.getNamedArgumentsMap(), sql.getPosArgsList(),
        sql.getPosArgumentsList()).withRelations(dataFrames), session);
  }

  /** A {@code sql} root with DataFrames referred to by name (aliases), as PySpark's spark.sql sends them. */
  static boolean isSqlWithDataFrames(org.apache.spark.connect.proto.WithRelations with) {
    return with.getRoot().hasSql() && with.getReferencesList().stream().allMatch(
        org.apache.spark.connect.proto.Relation::hasSubqueryAlias);
  }

  static LogicalPlan query(org.apache.spark.connect.proto.WithRelations with, EngineSession session,
      java.util.function.Function<org.apache.spark.connect.proto.Relation, dev.ember.plan.logical.LogicalPlan> translate) {
    SqlStatement statement = parse(with, session, translate);
    if (statement instanceof SqlStatement.Query query) {
      return query.plan();
    }
    throw ExpressionTranslator.notSupported("a command in a sql relation");
  }

  static LogicalPlan query(SQL sql, EngineSession session) {
    SqlStatement statement = parse(sql, session);
    if (statement instanceof SqlStatement.Query query) {
      return query.plan();
    }
    throw ExpressionTranslator.notSupported("a command in a sql relation");
  }

  /** The relation a {@code sql_command} of a query answers with: the query and its arguments, not yet run. */
  static SQL relationOf(SqlCommand command) {
    if (command.hasInput() && command.getInput().hasSql()) {
      return command.getInput().getSql();
    }
    return SQL.newBuilder().setQuery(command.getSql()).putAllArgs(command.getArgsMap())
        .putAllNamedArguments(command.getNamedArgumentsMap()).addAllPosArgs(command.getPosArgsList())
        .addAllPosArguments(command.getPosArgumentsList()).build();
  }

  private static SqlParameters parameters(Map<String, org.apache.spark.connect.proto.Expression.Literal> args,
      Map<String, org.apache.spark.connect.proto.Expression> namedArguments,
      List<org.apache.spark.connect.proto.Expression.Literal> posArgs,
      List<org.apache.spark.connect.proto.Expression> posArguments) {
    Map<String, Expression> named = new LinkedHashMap<>();
    args.forEach((name, literal) -> named.put(name, LiteralTranslator.translate(literal)));
    namedArguments.forEach((name, expression) -> named.put(name, ExpressionTranslator.translate(expression)));
    List<Expression> positional = new ArrayList<>();
    posArgs.forEach(literal -> positional.add(LiteralTranslator.translate(literal)));
    posArguments.forEach(expression -> positional.add(ExpressionTranslator.translate(expression)));
    return new SqlParameters(named, positional);
  }
}
