package dev.ember.sql;

import dev.ember.plan.command.Command;
import dev.ember.plan.command.CreateSqlFunction;
import dev.ember.plan.command.DescribeSqlFunction;
import dev.ember.plan.command.DropSqlFunction;
import dev.ember.plan.command.SqlFunction;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code CREATE [OR REPLACE] TEMPORARY FUNCTION [IF NOT EXISTS] f(a INT [DEFAULT ...], ...) [RETURNS type |
 * RETURNS TABLE (columns)] RETURN expression | query} and {@code DROP TEMPORARY FUNCTION [IF EXISTS] f}, with the
 * errors Spark's parser raises for them; without TEMPORARY, the function of a database ({@code f}, {@code db.f},
 * {@code spark_catalog.db.f}), kept in the catalog as the statement's text.
 */
final class SqlFunctionStatements {
  private final ExpressionBuilder expressions;
  private final QueryBuilder queries;

  SqlFunctionStatements(ExpressionBuilder expressions, QueryBuilder queries) {
    this.expressions = expressions;
    this.queries = queries;
  }

  Optional<Command> create(SqlBaseParser.CreateUserDefinedFunctionContext context) {
    boolean temporary = context.TEMPORARY() != null;
    List<String> nameParts = SqlIdentifierClause.nameParts(expressions, context.identifierReference());
    if (temporary) {
      nameParts = SqlTempObjectNames.unqualified("FUNCTION", nameParts);
    }
    if (nameParts.size() > 3) {
      return Optional.empty();
    }
    String name = nameParts.get(nameParts.size() - 1);
    String text = expressions.source(context);
    boolean replace = context.REPLACE() != null;
    boolean ifNotExists = context.EXISTS() != null;
    boolean readsSqlData = readsSqlData(context);
    if (temporary && ifNotExists) {
      throw new EmberException(ErrorKind.PARSE, "INVALID_SQL_SYNTAX.CREATE_TEMP_FUNC_WITH_IF_NOT_EXISTS", "42000",
          "Invalid SQL syntax: CREATE TEMPORARY FUNCTION with IF NOT EXISTS is not allowed.", Map.of());
    }
    List<SqlFunction.Parameter> parameters = context.parameters == null ? List.of()
        : context.parameters.colDefinition().stream().map(column -> parameter(column, context)).toList();
    requireDistinct(name, parameters.stream().map(SqlFunction.Parameter::name).toList(),
        "DUPLICATE_ROUTINE_PARAMETER_NAMES", "parameter list", "names");
    requireDefaultsLast(name, parameters);
    // RETURNS TABLE without columns: the grammar reads TABLE as the name of a data type
    boolean table = context.TABLE() != null
        || context.dataType() != null && context.dataType().getText().equalsIgnoreCase("TABLE");
    Optional<StructType> columns = Optional.empty();
    if (table && context.returnParams != null) {
      for (SqlBaseParser.ColTypeContext column : context.returnParams.colType()) {
        if (column.errorCapturingNot() != null) {
          throw notNull(expressions.source(column));
        }
      }
      List<StructField> fields = context.returnParams.colType().stream()
          .map(column -> new StructField(column.colName.getText(), expressions.dataType(column.dataType()), true))
          .toList();
      requireDistinct(name, fields.stream().map(StructField::name).toList(), "DUPLICATE_ROUTINE_RETURNS_COLUMNS",
          "RETURNS clause column list", "columns");
      columns = Optional.of(new StructType(fields));
    }
    Optional<DataType> returnType = !table && context.dataType() != null
        ? Optional.of(expressions.dataType(context.dataType())) : Optional.empty();
    SqlOriginRecorder statementOrigins = expressions.useOrigins(SqlOriginRecorder.NONE);
    try {
      if (table) {
        if (context.query() == null) {
          throw new EmberException(ErrorKind.PARSE, "USER_DEFINED_FUNCTIONS.SQL_TABLE_UDF_BODY_MUST_BE_A_QUERY",
              "42601", "User defined function is invalid: SQL table function " + name + " body must be a query.",
              Map.of("name", name));
        }
        LogicalPlan query = queries.query(context.query());
        return Optional.of(new CreateSqlFunction(new SqlFunction(name, parameters, Optional.empty(), columns,
            Optional.empty(), Optional.of(query), readsSqlData), replace, ifNotExists, temporary, nameParts, text));
      }
      Expression body = context.expression() != null ? expressions.expression(context.expression())
          : new dev.ember.plan.expressions.SubqueryExpression(queries.startOfQuery(context.query()),
              dev.ember.plan.expressions.SubqueryExpression.Kind.SCALAR, List.of());
      return Optional.of(new CreateSqlFunction(new SqlFunction(name, parameters, returnType, Optional.empty(),
          Optional.of(body), Optional.empty(), readsSqlData), replace, ifNotExists, temporary, nameParts, text));
    } finally {
      expressions.useOrigins(statementOrigins);
    }
  }

  /**
   * {@code CREATE [OR REPLACE] [TEMPORARY] FUNCTION [IF NOT EXISTS] f AS 'class' [USING JAR 'uri', ...]}, with the
   * errors Spark's parser raises; FILE and ARCHIVE resources (files Spark ships to its executors) Ember does not take.
   */
  Optional<Command> createOfClass(SqlBaseParser.CreateFunctionContext context) {
    List<String> jars = new ArrayList<>();
    for (SqlBaseParser.ResourceContext resource : context.resource()) {
      String type = resource.simpleIdentifier().getText().toLowerCase(Locale.ROOT);
      if (!List.of("jar", "file", "archive").contains(type)) {
        throw SqlPipeOperators.operationNotAllowed("CREATE FUNCTION with resource type '" + type + "'");
      }
      if (!type.equals("jar")) {
        throw ExpressionBuilder.unsupported("CREATE FUNCTION ... USING " + type.toUpperCase(Locale.ROOT));
      }
      jars.add(SqlLiterals.string(resource.stringLit()));
    }
    boolean replace = context.REPLACE() != null;
    boolean ifNotExists = context.EXISTS() != null;
    if (replace && ifNotExists) {
      throw new EmberException(ErrorKind.PARSE, "INVALID_SQL_SYNTAX.CREATE_ROUTINE_WITH_IF_NOT_EXISTS_AND_REPLACE",
          "42000", "Invalid SQL syntax: Cannot create a routine with both IF NOT EXISTS and REPLACE specified.",
          Map.of());
    }
    boolean temporary = context.TEMPORARY() != null;
    List<String> nameParts = SqlIdentifierClause.nameParts(expressions, context.identifierReference());
    if (temporary) {
      if (ifNotExists) {
        throw new EmberException(ErrorKind.PARSE, "INVALID_SQL_SYNTAX.CREATE_TEMP_FUNC_WITH_IF_NOT_EXISTS", "42000",
            "Invalid SQL syntax: CREATE TEMPORARY FUNCTION with IF NOT EXISTS is not allowed.", Map.of());
      }
      nameParts = SqlTempObjectNames.unqualified("FUNCTION", nameParts);
    }
    if (nameParts.size() > 3) {
      return Optional.empty();
    }
    String name = nameParts.get(nameParts.size() - 1);
    return Optional.of(new dev.ember.plan.command.CreateClassFunction(new dev.ember.plan.command.ClassFunction(name,
        SqlLiterals.string(context.className), jars), replace, ifNotExists, temporary, nameParts,
        expressions.source(context)));
  }

  /** {@code DESCRIBE FUNCTION f}: described here when {@code f} is a SQL function. */
  Optional<Command> describe(SqlBaseParser.DescribeFunctionContext context) {
    SqlBaseParser.IdentifierReferenceContext reference = context.describeFuncName().identifierReference();
    if (context.EXTENDED() != null || reference == null) {
      return Optional.empty();
    }
    List<String> nameParts = SqlIdentifierClause.nameParts(expressions, reference);
    return nameParts.size() <= 3 ? Optional.of(new DescribeSqlFunction(nameParts)) : Optional.empty();
  }

  /**
   * {@code SHOW [USER | SYSTEM | ALL] FUNCTIONS [IN ns] [[LIKE] pattern]}; the legacy {@code SHOW FUNCTIONS name}
   * form is left to the caller's refusal.
   */
  Optional<Command> show(SqlBaseParser.ShowFunctionsContext context) {
    String scope = context.functionScope == null ? "all"
        : context.functionScope.getText().toLowerCase(java.util.Locale.ROOT);
    if (context.legacy != null || !List.of("all", "user", "system").contains(scope)) {
      return Optional.empty();
    }
    Optional<List<String>> namespace = context.ns == null ? Optional.empty()
        : Optional.of(SqlIdentifierClause.nameParts(expressions, context.ns));
    return Optional.of(new dev.ember.plan.command.ShowFunctions(namespace, !scope.equals("system"),
        !scope.equals("user"), Optional.ofNullable(context.pattern).map(SqlLiterals::string)));
  }

  Optional<Command> drop(SqlBaseParser.DropFunctionContext context) {
    List<String> nameParts = SqlIdentifierClause.nameParts(expressions, context.identifierReference());
    boolean temporary = context.TEMPORARY() != null;
    if (temporary) {
      nameParts = SqlTempObjectNames.unqualified("FUNCTION", nameParts);
    }
    if (nameParts.size() > 3) {
      return Optional.empty();
    }
    return Optional.of(new DropSqlFunction(nameParts, context.EXISTS() != null, temporary));
  }

  /** READS SQL DATA unless declared CONTAINS SQL or NO SQL, as Spark's default is. */
  private static boolean readsSqlData(SqlBaseParser.CreateUserDefinedFunctionContext context) {
    SqlBaseParser.RoutineCharacteristicsContext characteristics = context.routineCharacteristics();
    return characteristics == null || characteristics.sqlDataAccess().stream()
        .noneMatch(access -> access.CONTAINS() != null || access.NO() != null);
  }

  private SqlFunction.Parameter parameter(SqlBaseParser.ColDefinitionContext column,
      SqlBaseParser.CreateUserDefinedFunctionContext statement) {
    Optional<Expression> defaultValue = Optional.empty();
    for (SqlBaseParser.ColDefinitionOptionContext option : column.colDefinitionOption()) {
      if (option.generationExpression() != null) {
        throw invalidSyntax(statement, "CREATE_FUNC_WITH_GENERATED_COLUMNS_AS_PARAMETERS",
            "CREATE FUNCTION with generated columns as parameters is not allowed.");
      }
      if (option.columnConstraintDefinition() != null) {
        throw invalidSyntax(statement, "CREATE_FUNC_WITH_COLUMN_CONSTRAINTS",
            "CREATE FUNCTION with constraints on parameters is not allowed.");
      }
      if (option.errorCapturingNot() != null) {
        throw notNull(expressions.source(column));
      }
      if (option.defaultExpression() != null) {
        defaultValue = Optional.of(expressions.expression(option.defaultExpression().expression()));
      }
    }
    return new SqlFunction.Parameter(column.colName.getText(), expressions.dataType(column.dataType()),
        defaultValue);
  }

  private static EmberException notNull(String input) {
    return new EmberException(ErrorKind.PARSE, "USER_DEFINED_FUNCTIONS.NOT_NULL_ON_FUNCTION_PARAMETERS", "42601",
        "User defined function is invalid: Cannot specify NOT NULL on function parameters: " + input,
        Map.of("input", input));
  }

  private EmberException invalidSyntax(SqlBaseParser.CreateUserDefinedFunctionContext statement, String subclass,
      String message) {
    return expressions.origins().attach(statement, new EmberException(ErrorKind.PARSE,
        "INVALID_SQL_SYNTAX." + subclass, "42000", "Invalid SQL syntax: " + message, Map.of()));
  }

  private static void requireDistinct(String function, List<String> names, String condition, String where,
      String parameterName) {
    Set<String> seen = new java.util.HashSet<>();
    Set<String> duplicates = new LinkedHashSet<>();
    for (String name : names) {
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        duplicates.add(name.toLowerCase(Locale.ROOT));
      }
    }
    if (!duplicates.isEmpty()) {
      String list = duplicates.stream().map(name -> "`" + name + "`").collect(Collectors.joining(", "));
      throw new EmberException(ErrorKind.ANALYSIS, condition, condition.equals("DUPLICATE_ROUTINE_PARAMETER_NAMES")
          ? "42734" : "42711", "Found duplicate " + (parameterName.equals("names") ? "name(s)" : "column(s)")
              + " in the " + where + " of the user-defined routine " + function + ": " + list + ".",
          Map.of("routineName", function, parameterName, list));
    }
  }

  private static void requireDefaultsLast(String function, List<SqlFunction.Parameter> parameters) {
    List<SqlFunction.Parameter> withDefault = new ArrayList<>();
    for (SqlFunction.Parameter parameter : parameters) {
      if (parameter.defaultValue().isPresent()) {
        withDefault.add(parameter);
      } else if (!withDefault.isEmpty()) {
        String previous = withDefault.get(withDefault.size() - 1).name();
        throw new EmberException(ErrorKind.PARSE, "USER_DEFINED_FUNCTIONS.NOT_A_VALID_DEFAULT_PARAMETER_POSITION",
            "42601", "User defined function is invalid: In routine `" + function + "` parameter `" + previous
                + "` with DEFAULT must not be followed by parameter `" + parameter.name() + "` without DEFAULT.",
            Map.of("functionName", function, "parameterName", previous, "nextParameterName", parameter.name()));
      }
    }
  }
}
