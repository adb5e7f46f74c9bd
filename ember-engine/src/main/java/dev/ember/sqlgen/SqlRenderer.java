package dev.ember.sqlgen;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.CalendarInterval;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.IntervalFormat;
import dev.ember.plan.types.YearMonthIntervalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlCommonTable;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlParameter;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlFilteredAggregate;
import dev.ember.sqlgen.tree.SqlOrderedAggregate;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlStar;
import dev.ember.sqlgen.tree.SqlStruct;
import dev.ember.sqlgen.tree.SqlIgnoreNulls;
import dev.ember.sqlgen.tree.SqlWindow;
import dev.ember.sqlgen.tree.SqlWindowFrame;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the SQL tree as DuckDB text. The only place where identifiers and literals are quoted:
 * user data never reaches the SQL text any other way.
 */
public final class SqlRenderer {
  private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  private static final char UNSPEAKABLE_NAME = '\uE000';
  private static final char UNSPEAKABLE_NUL = '\uE001';

  /** The values of the statement's parameters as they are written, or null to write them as literals. */
  private final List<String> parameters;

  private SqlRenderer(List<String> parameters) {
    this.parameters = parameters;
  }

  /** The statement: {@code WITH name AS (query), ... select}, its large values as parameters. */
  public static dev.ember.engine.QueryText query(List<SqlCommonTable> commonTables, SqlSelect select) {
    List<String> parameters = new ArrayList<>();
    String sql = new SqlRenderer(parameters).text(commonTables, select);
    return new dev.ember.engine.QueryText(sql, parameters);
  }

  /** A query as text alone (every value written as a literal). */
  public static String render(SqlSelect select) {
    return new SqlRenderer(null).text(select);
  }

  /** An expression as text alone (every value written as a literal). */
  public static String render(SqlExpression expression) {
    return new SqlRenderer(null).text(expression);
  }

  /**
   * A quoted DuckDB identifier. DuckDB's parser refuses an empty quoted name and ends a name at a NUL
   * character, both of which Spark accepts; such a name is written with a private-use prefix and NUL as
   * another private-use character (results are labelled with Spark's names, never DuckDB's).
   */
  public static String identifier(String name) {
    return "\"" + duckDbName(name).replace("\"", "\"\"") + "\"";
  }

  /** The name DuckDB holds for a Spark name, as {@link #identifier} and struct keys write it. */
  private static String duckDbName(String name) {
    return name.isEmpty() || name.indexOf('\0') >= 0 ? UNSPEAKABLE_NAME + name.replace('\0', UNSPEAKABLE_NUL) : name;
  }

  /** A string literal; NUL characters, which end DuckDB's literals, are concatenated as {@code chr(0)}. */
  public static String stringLiteral(String text) {
    String quoted = "'" + text.replace("'", "''") + "'";
    return text.indexOf('\0') < 0 ? quoted : "(" + quoted.replace("\0", "' || chr(0) || '") + ")";
  }

  /** {@code WITH name AS (query), ... select}; just the select when there are no common tables. */
  private String text(List<SqlCommonTable> commonTables, SqlSelect select) {
    if (commonTables.isEmpty()) {
      return text(select);
    }
    return commonTables.stream()
        .map(table -> identifier(table.name()) + " AS (" + text(table.query()) + ")")
        .collect(Collectors.joining(", ", "WITH ", " ")) + text(select);
  }

  private String subquery(dev.ember.sqlgen.tree.SqlSubquery subquery) {
    String query = "(" + text(subquery.query()) + ")";
    return switch (subquery.form()) {
      case SCALAR -> query;
      case EXISTS -> "(EXISTS " + query + ")";
      case IN -> "(" + (subquery.values().size() == 1 ? text(subquery.values().get(0))
          : "(" + join(subquery.values()) + ")") + " IN " + query + ")";
    };
  }

  private String text(SqlSelect select) {
    StringBuilder sql = new StringBuilder(select.distinct() ? "SELECT DISTINCT " : "SELECT ");
    sql.append(select.items().stream()
        .map(item -> text(item.expression()) + (item.alias() == null ? "" : " AS " + identifier(item.alias())))
        .collect(Collectors.joining(", ")));
    String from = renderFrom(select.from());
    if (!from.isEmpty()) {
      sql.append(" FROM ").append(from);
    }
    if (select.where() != null) {
      sql.append(" WHERE ").append(text(select.where()));
    }
    if (!select.groupBy().isEmpty()) {
      sql.append(" GROUP BY ").append(join(select.groupBy()));
    }
    if (select.having() != null) {
      sql.append(" HAVING ").append(text(select.having()));
    }
    if (!select.orderBy().isEmpty()) {
      sql.append(" ORDER BY ").append(orderItems(select.orderBy()));
    }
    select.limit().ifPresent(limit -> sql.append(" LIMIT ").append(limit));
    select.offset().ifPresent(offset -> sql.append(" OFFSET ").append(offset));
    return sql.toString();
  }

  private String renderFrom(SqlFrom from) {
    if (from instanceof SqlFrom.None none) {
      return "";
    }
    if (from instanceof SqlFrom.Subquery subquery) {
      return "(" + text(subquery.query()) + ") AS " + identifier(subquery.alias());
    }
    if (from instanceof SqlFrom.Table table) {
      return identifier(table.name()) + " AS " + identifier(table.alias());
    }
    if (from instanceof SqlFrom.TableFunction function) {
      List<String> arguments = new java.util.ArrayList<>();
      function.arguments().forEach(argument -> arguments.add(text(argument)));
      function.namedArguments().forEach(argument -> arguments.add(argument.name() + " = " + text(argument.value())));
      return function.name() + "(" + String.join(", ", arguments) + ") AS "
          + identifier(function.alias()) + (function.columns().isEmpty() ? "" : columnList(function.columns()));
    }
    if (from instanceof SqlFrom.Unnest unnest) {
      return "unnest(" + render(unnest.list()) + ") WITH ORDINALITY AS " + identifier(unnest.alias())
          + columnList(List.of(unnest.valueColumn(), unnest.ordinalColumn()));
    }
    if (from instanceof SqlFrom.Values values) {
      return "(VALUES " + values.rows().stream()
          .map(row -> "(" + join(row) + ")").collect(Collectors.joining(", ")) + ") AS "
          + identifier(values.alias()) + columnList(values.columns());
    }
    if (from instanceof SqlFrom.Join join) {
      // a join on the right is parenthesized: a JOIN (b JOIN c ON x) ON y
      String right = join.right() instanceof SqlFrom.Join ? "(" + renderFrom(join.right()) + ")"
          : renderFrom(join.right());
      return renderFrom(join.left()) + joinKeyword(join.kind()) + right + " ON " + text(join.condition());
    }
    if (from instanceof SqlFrom.Recursive recursive) {
      return "(WITH RECURSIVE " + identifier(recursive.name()) + columnList(recursive.columns()) + " AS (("
          + text(recursive.anchor()) + ") UNION ALL (" + text(recursive.step()) + ")) SELECT * FROM "
          + identifier(recursive.name()) + ") AS " + identifier(recursive.alias());
    }
    if (from instanceof SqlFrom.SetOperation operation) {
      String operator = ") " + operation.operator().name() + (operation.all() ? " ALL" : "") + " (";
      return "((" + operation.sides().stream().map(this::text).collect(Collectors.joining(operator))
          + ")) AS " + identifier(operation.alias());
    }
    throw new IllegalStateException("unexpected " + from);

  }

  private String orderItems(List<SqlSelect.OrderItem> orders) {
    return orders.stream()
        .map(order -> text(order.expression()) + (order.ascending() ? " ASC" : " DESC")
            + (order.nullsFirst() ? " NULLS FIRST" : " NULLS LAST"))
        .collect(Collectors.joining(", "));
  }

  private String frameBound(SqlWindowFrame.Bound bound) {
    String amount = bound.value() == null ? Long.toString(bound.amount()) : "(" + text(bound.value()) + ")";
    return switch (bound.direction()) {
      case UNBOUNDED_PRECEDING -> "UNBOUNDED PRECEDING";
      case PRECEDING -> amount + " PRECEDING";
      case CURRENT_ROW -> "CURRENT ROW";
      case FOLLOWING -> amount + " FOLLOWING";
      case UNBOUNDED_FOLLOWING -> "UNBOUNDED FOLLOWING";
    };
  }

  private static String joinKeyword(SqlFrom.JoinKind kind) {
    return switch (kind) {
      case INNER -> " JOIN ";
      case LEFT -> " LEFT JOIN ";
      case RIGHT -> " RIGHT JOIN ";
      case FULL -> " FULL JOIN ";
      case SEMI -> " SEMI JOIN ";
      case ANTI -> " ANTI JOIN ";
    };
  }

  private static String columnList(List<String> columns) {
    return columns.stream().map(SqlRenderer::identifier).collect(Collectors.joining(", ", "(", ")"));
  }

  private String join(List<SqlExpression> expressions) {
    return expressions.stream().map(this::text).collect(Collectors.joining(", "));
  }

  private String text(SqlExpression expression) {
    if (expression instanceof dev.ember.sqlgen.tree.SqlSubquery subquery) {
      return subquery(subquery);
    }
    if (expression instanceof SqlColumn column) {
      return identifier(column.name());
    }
    if (expression instanceof SqlFilteredAggregate filtered) {
      return text(filtered.aggregate()) + " FILTER (WHERE " + text(filtered.condition()) + ")";
    }
    if (expression instanceof SqlOrderedAggregate ordered) {
      SqlCall call = ordered.aggregate();
      return call.name() + "(" + (call.distinct() ? "DISTINCT " : "") + join(call.arguments()) + " ORDER BY "
          + orderItems(ordered.orderBy()) + ")";
    }
    if (expression instanceof SqlList list) {
      return "[" + join(list.elements()) + "]";
    }
    if (expression instanceof SqlStruct struct) {
      return struct.fields().stream().map(field -> stringLiteral(duckDbName(field.key())) + ": " + text(field.value()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (expression instanceof SqlStar star) {
      return "*";
    }
    if (expression instanceof SqlLiteral literal) {
      return literal(literal);
    }
    if (expression instanceof SqlParameter parameter) {
      if (parameters == null) {
        return stringLiteral(parameter.value());
      }
      parameters.add(parameter.value());
      return "CAST(? AS VARCHAR)";
    }
    if (expression instanceof SqlCall call) {
      return call.name() + "(" + (call.distinct() ? "DISTINCT " : "") + join(call.arguments()) + ")";
    }
    if (expression instanceof SqlOperator operator) {
      if (isConjunction(operator)) {
        // one flat chain: DuckDB derives scan filters from an OR of ANDs only when each branch is one conjunction
        List<SqlExpression> terms = new ArrayList<>();
        conjunctionTerms(operator, operator.operator(), terms);
        return terms.stream().map(this::text).collect(Collectors.joining(" " + operator.operator() + " ", "(", ")"));
      }
      return switch (operator.form()) {
        case INFIX -> "(" + text(operator.operands().get(0)) + " " + operator.operator() + " "
            + text(operator.operands().get(1)) + ")";
        case PREFIX -> "(" + operator.operator() + " " + text(operator.operands().get(0)) + ")";
        case POSTFIX -> "(" + text(operator.operands().get(0)) + " " + operator.operator() + ")";
        case IN_LIST -> "(" + text(operator.operands().get(0)) + " " + operator.operator() + " ("
            + join(operator.operands().subList(1, operator.operands().size())) + "))";
        case IN_LIST_VALUE -> "(" + text(operator.operands().get(0)) + " IN (SELECT unnest("
            + text(operator.operands().get(1)) + ")))";
      };
    }
    if (expression instanceof SqlCast cast) {
      return (cast.tryCast() ? "TRY_CAST(" : "CAST(") + text(cast.operand()) + " AS "
          + cast.duckDbType() + ")";
    }
    if (expression instanceof SqlWindow window) {
      List<String> clauses = new ArrayList<>();
      if (!window.partitionBy().isEmpty()) {
        clauses.add("PARTITION BY " + join(window.partitionBy()));
      }
      if (!window.orderBy().isEmpty()) {
        clauses.add("ORDER BY " + orderItems(window.orderBy()));
      }
      if (window.frame() != null) {
        clauses.add(window.frame().unit().name() + " BETWEEN " + frameBound(window.frame().lower()) + " AND "
            + frameBound(window.frame().upper()));
      }
      return text(window.function()) + " OVER (" + String.join(" ", clauses) + ")";
    }
    if (expression instanceof SqlLambda lambda) {
      return "(lambda " + lambda.parameters().stream().map(SqlRenderer::identifier).collect(Collectors.joining(", "))
          + ": " + text(lambda.body()) + ")";
    }
    if (expression instanceof SqlIgnoreNulls ignoreNulls) {
      SqlCall call = ignoreNulls.call();
      return call.name() + "(" + join(call.arguments()) + " IGNORE NULLS)";
    }
    if (expression instanceof SqlCase sqlCase) {
      return "CASE" + sqlCase.whens().stream()
          .map(when -> " WHEN " + text(when.condition()) + " THEN " + text(when.value()))
          .collect(Collectors.joining()) + (sqlCase.otherwise() == null ? "" : " ELSE " + text(sqlCase.otherwise()))
          + " END";
    }
    throw new IllegalStateException("unexpected " + expression);

  }

  private String literal(SqlLiteral literal) {
    Object value = literal.value();
    String type = DuckDbTypes.of(literal.type());
    if (value == null) {
      return "CAST(NULL AS " + type + ")";
    }
    if (literal.type() instanceof DecimalType) {
      return "CAST(" + stringLiteral(((BigDecimal) value).toPlainString()) + " AS " + type + ")";
    }
    if (literal.type() instanceof ArrayType array) {
      return "CAST(" + ((List<?>) value).stream().map(element -> literal(new SqlLiteral(element, array.elementType())))
          .collect(Collectors.joining(", ", "[", "]")) + " AS " + type + ")";
    }
    if (literal.type() instanceof MapType map) {
      return "CAST(MAP {" + ((Map<?, ?>) value).entrySet().stream()
          .map(entry -> literal(new SqlLiteral(entry.getKey(), map.keyType())) + ": "
              + literal(new SqlLiteral(entry.getValue(), map.valueType())))
          .collect(Collectors.joining(", ")) + "} AS " + type + ")";
    }
    if (literal.type() instanceof dev.ember.plan.types.SpatialType spatial) {
      return literal(new SqlLiteral(value, spatial.physical()));
    }
    if (literal.type() instanceof StructType struct) {
      List<?> fields = (List<?>) value;
      StringBuilder text = new StringBuilder("CAST({");
      for (int i = 0; i < fields.size(); i++) {
        text.append(i == 0 ? "" : ", ").append(stringLiteral(struct.fields().get(i).name())).append(": ")
            .append(literal(new SqlLiteral(fields.get(i), struct.fields().get(i).dataType())));
      }
      return text.append("} AS ").append(type).append(')').toString();
    }
    if (literal.type() instanceof dev.ember.plan.types.TimeType) {
      return "TIME " + stringLiteral(((java.time.LocalTime) value).toString());
    }
    if (literal.type() instanceof DayTimeIntervalType) {
      return "CAST(" + IntervalFormat.micros((java.time.Duration) value) + " AS BIGINT)";
    }
    if (literal.type() instanceof YearMonthIntervalType) {
      return "CAST(" + ((java.time.Period) value).toTotalMonths() + " AS INTEGER)";
    }
    AtomicType atomic = (AtomicType) literal.type();
    return switch (atomic) {
      case BOOLEAN -> ((Boolean) value) ? "TRUE" : "FALSE";
      case INTEGER -> value.toString();
      case BYTE, SHORT, LONG -> "CAST(" + value + " AS " + type + ")";
      case FLOAT, DOUBLE -> "CAST(" + stringLiteral(value.toString()) + " AS " + type + ")";
      case STRING -> stringLiteral((String) value);
      case BINARY -> "from_hex(" + stringLiteral(HexFormat.of().formatHex((byte[]) value)) + ")";
      // java.time writes a year past 9999 with a '+', which DuckDB's date text does not take
      case DATE -> "DATE " + stringLiteral(((LocalDate) value).toString().replaceFirst("^\\+", ""));
      case TIMESTAMP -> "CAST(" + stringLiteral(MICROS.format(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC))
          + "+00") + " AS TIMESTAMPTZ)";
      case TIMESTAMP_NTZ -> "CAST(" + stringLiteral(MICROS.format((LocalDateTime) value)) + " AS TIMESTAMP)";
      case NULL -> "NULL";
      case CALENDAR_INTERVAL -> calendarInterval((CalendarInterval) value);
    };
  }

  private static String calendarInterval(CalendarInterval value) {
    return "(to_months(" + value.months() + ") + to_days(" + value.days() + ") + to_microseconds(CAST("
        + value.microseconds() + " AS BIGINT)))";
  }

  private static boolean isConjunction(SqlExpression expression) {
    return expression instanceof SqlOperator operator && operator.form() == SqlOperator.Form.INFIX
        && (operator.operator().equals("AND") || operator.operator().equals("OR"));
  }

  /** The operands of a chain of one operator ({@code (a AND b) AND c}), left to right. */
  private static void conjunctionTerms(SqlExpression expression, String operator, List<SqlExpression> terms) {
    if (isConjunction(expression) && ((SqlOperator) expression).operator().equals(operator)) {
      for (SqlExpression operand : ((SqlOperator) expression).operands()) {
        conjunctionTerms(operand, operator, terms);
      }
    } else {
      terms.add(expression);
    }
  }

}
