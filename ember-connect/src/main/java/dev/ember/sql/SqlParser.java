package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.types.DataType;
import java.util.function.Function;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.apache.spark.sql.catalyst.parser.ParseErrorListener$;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.parser.PostProcessor$;
import org.apache.spark.sql.catalyst.parser.SparkParserBailErrorStrategy;
import org.apache.spark.sql.catalyst.parser.SparkParserErrorStrategy;
import org.apache.spark.sql.catalyst.parser.SqlBaseLexer;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;
import org.apache.spark.sql.catalyst.parser.UnclosedCommentProcessor;
import org.apache.spark.sql.catalyst.parser.UpperCaseCharStream;

/**
 * Spark SQL text parsed by Spark's own grammar (the ANTLR parser the Spark Connect client ships), as Spark's
 * parser drives it: the fast SLL mode first, the full LL mode when that fails, Spark's error strategy and
 * listener for the errors. The parse tree becomes Ember's unresolved plan ({@link ExpressionBuilder}).
 */
public final class SqlParser {
  /** How a data type written in SQL ({@code DECIMAL(10, 2)}, {@code ARRAY<INT>}) becomes Ember's. */
  private final Function<String, DataType> dataTypes;
  private final ParsedQueries parsedQueries = new ParsedQueries();

  public SqlParser(Function<String, DataType> dataTypes) {
    this.dataTypes = dataTypes;
  }

  /** An expression string ({@code expr}, {@code selectExpr}, {@code filter(String)}), with its alias if any. */
  public Expression parseExpression(String text) {
    return parse(text, SqlParserOptions.DEFAULT,
        parser -> new ExpressionBuilder(dataTypes).named(parser.singleExpression().namedExpression()));
  }

  /** A whole statement ({@code spark.sql}), its parameter markers bound to {@code parameters}. */
  public SqlStatement parseStatement(String text, SqlParameters parameters) {
    return parseStatement(text, parameters, SqlParserOptions.DEFAULT);
  }

  /** A whole statement, parsed as the session's parser confs ({@code options}) say. */
  public SqlStatement parseStatement(String text, SqlParameters parameters, SqlParserOptions options) {
    if (!ParsedQueries.cacheable(text, parameters)) {
      return parseStatementText(text, parameters, options);
    }
    java.util.Optional<SqlStatement.Query> parsed = parsedQueries.get(text, options);
    if (parsed.isPresent()) {
      return parsed.get();
    }
    boolean[] readVariables = new boolean[1];
    SqlStatement statement = parseStatementText(text, parameters.withVariables(nameParts -> {
      readVariables[0] = true;
      return parameters.variable(nameParts);
    }), options);
    if (statement instanceof SqlStatement.Query query && !readVariables[0]) {
      parsedQueries.put(text, options, query);
    }
    return statement;
  }

  private SqlStatement parseStatementText(String text, SqlParameters parameters, SqlParserOptions options) {
    return parse(text, parameters, options, parser -> {
      if (parser.getTokenStream().LA(1) == SqlBaseParser.BEGIN) {
        // a SQL script: BEGIN ... END (Spark's compoundOrSingleStatement)
        SqlBaseParser.SingleCompoundStatementContext script = parser.compoundOrSingleStatement()
            .singleCompoundStatement();
        return statements(text, parameters, options, parser).script(script);
      }
      SqlBaseParser.SingleStatementContext statement = parser.singleStatement();
      requireOneKindOfMarker(statement);
      return statements(text, parameters, options, parser).statement(statement);
    });
  }

  private StatementBuilder statements(String text, SqlParameters parameters, SqlParserOptions options,
      SqlBaseParser parser) {
    ExpressionBuilder expressions = new ExpressionBuilder(dataTypes, parameters, positionalMarkers(parser),
        options);
    expressions.useTimestampWithoutTimeZone(options.timestampWithoutTimeZone());
    expressions.useOrigins(SqlOriginRecorder.statement(text));
    return new StatementBuilder(expressions);
  }

  /** Whether {@code text} parses as a table name (Spark's {@code parseTableIdentifier}) under {@code options}. */
  static boolean namesTable(String text, SqlParserOptions options) {
    try {
      parse(text, options, SqlBaseParser::singleTableIdentifier);
      return true;
    } catch (RuntimeException notATableName) {
      return false;
    }
  }

  /**
   * Whether a statement's text has {@code :name} markers and no {@code ?} ones (false for a text that does not parse:
   * its parse then reports it).
   */
  public static boolean hasOnlyNamedMarkers(String text) {
    try {
      return parse(text, SqlParserOptions.DEFAULT, parser -> {
        boolean[] kinds = markerKinds(parser.singleStatement());
        return kinds[0] && !kinds[1];
      });
    } catch (RuntimeException unparsable) {
      return false;
    }
  }

  /** Spark's INVALID_QUERY_MIXED_QUERY_PARAMETERS: {@code :name} and {@code ?} markers in one statement. */
  private static void requireOneKindOfMarker(org.antlr.v4.runtime.tree.ParseTree statement) {
    boolean[] kinds = markerKinds(statement);
    if (kinds[0] && kinds[1]) {
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_QUERY_MIXED_QUERY_PARAMETERS", "42613",
          "Parameterized query must either use positional, or named parameters, but not both.", java.util.Map.of());
    }
  }

  /** Whether the tree has named markers ({@code [0]}) and positional ones ({@code [1]}). */
  private static boolean[] markerKinds(org.antlr.v4.runtime.tree.ParseTree statement) {
    boolean[] kinds = new boolean[2];
    java.util.ArrayDeque<org.antlr.v4.runtime.tree.ParseTree> pending = new java.util.ArrayDeque<>();
    pending.push(statement);
    while (!pending.isEmpty()) {
      org.antlr.v4.runtime.tree.ParseTree node = pending.pop();
      kinds[0] |= node instanceof SqlBaseParser.NamedParameterMarkerContext;
      kinds[1] |= node instanceof SqlBaseParser.PosParameterLiteralContext
          || node instanceof SqlBaseParser.PositionalParameterMarkerRuleContext;
      for (int i = 0; i < node.getChildCount(); i++) {
        pending.push(node.getChild(i));
      }
    }
    return kinds;
  }

  /**
   * A table name a client sends ({@code saveAsTable}, {@code spark.table}) read as Spark's server reads it, with
   * {@code parseMultipartIdentifier}: a text that is not a name is Spark's parse error, never a name of its own.
   */
  public static java.util.List<String> tableName(String text) {
    return multipartIdentifier(text);
  }

  /**
   * A view name of {@code createOrReplaceTempView} read as Spark's server reads it ({@code parseTableIdentifier}: an
   * optional database and a name), else Spark's error for it ({@code Invalid view name}).
   */
  public static java.util.List<String> viewName(String text) {
    try {
      return parse(text, SqlParserOptions.DEFAULT, parser -> {
        SqlBaseParser.TableIdentifierContext name = parser.singleTableIdentifier().tableIdentifier();
        return name.db == null ? java.util.List.of(name.table.identifier().getText())
            : java.util.List.of(name.db.identifier().getText(), name.table.identifier().getText());
      });
    } catch (EmberException notAName) {
      throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1321", null, "Invalid view name: " + text + ".",
          java.util.Map.of("viewName", text));
    }
  }

  /**
   * A name's text read as Spark's {@code parseMultipartIdentifier} reads it (the string of IDENTIFIER(...)): parts
   * separated by dots, back-quoted where needed; anything else is Spark's parse error.
   */
  static java.util.List<String> multipartIdentifier(String text) {
    return parse(text, SqlParserOptions.DEFAULT, parser -> parser.singleMultipartIdentifier().multipartIdentifier()
        .errorCapturingIdentifier().stream().map(part -> part.identifier().getText()).toList());
  }

  /** The ordinal of each {@code ?} of the text, by token index. */
  private static java.util.Map<Integer, Integer> positionalMarkers(SqlBaseParser parser) {
    java.util.Map<Integer, Integer> ordinals = new java.util.HashMap<>();
    for (org.antlr.v4.runtime.Token token : ((CommonTokenStream) parser.getTokenStream()).getTokens()) {
      if (token.getType() == SqlBaseParser.QUESTION) {
        ordinals.put(token.getTokenIndex(), ordinals.size());
      }
    }
    return ordinals;
  }

  private static <T> T parse(String command, SqlParserOptions options, Function<SqlBaseParser, T> toResult) {
    return parse(command, SqlParameters.NONE, options, toResult);
  }

  private static <T> T parse(String command, SqlParameters parameters, SqlParserOptions options,
      Function<SqlBaseParser, T> toResult) {
    SqlBaseLexer lexer = new SqlBaseLexer(new UpperCaseCharStream(CharStreams.fromString(command)));
    lexer.removeErrorListeners();
    lexer.addErrorListener(ParseErrorListener$.MODULE$);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    SqlBaseParser parser = new SqlBaseParser(tokens);
    parser.addParseListener(PostProcessor$.MODULE$);
    parser.addParseListener(new IdentifierLiterals(parameters, tokens));
    parser.addParseListener(new UnclosedCommentProcessor(command, tokens));
    parser.removeErrorListeners();
    parser.addErrorListener(ParseErrorListener$.MODULE$);
    parser.legacy_setops_precedence_enabled = options.legacySetOperationPrecedence();
    parser.legacy_exponent_literal_as_decimal_enabled = options.exponentLiteralAsDecimal();
    parser.SQL_standard_keyword_behavior = options.enforceReservedKeywords();
    parser.double_quoted_identifiers = options.doubleQuotedIdentifiers();
    parser.legacy_identifier_clause_only = options.legacyIdentifierClause();
    try {
      try {
        parser.setErrorHandler(new SparkParserBailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        return toResult.apply(parser);
      } catch (ParseCancellationException e) {
        tokens.seek(0);
        parser.reset();
        parser.setErrorHandler(new SparkParserErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        return toResult.apply(parser);
      }
    } catch (Exception e) {
      // Spark's listener throws its ParseException (a checked exception Scala does not declare)
      if (e instanceof ParseException parse) {
        throw parseError(parse.command().isDefined() ? parse : parse.withCommand(command));
      }
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e);
    }
  }

  /** Spark's ParseException as the client rebuilds it: its condition, parameters and message with the caret. */
  private static EmberException parseError(ParseException e) {
    return EmberException.withFullMessage(ErrorKind.PARSE, e.getCondition(), e.getSqlState(), e.getMessage(),
        e.getMessageParameters());
  }
}
