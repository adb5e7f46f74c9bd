package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlStar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the SQL tree as DuckDB text. The only place where identifiers and literals are quoted:
 * user data never reaches the SQL text any other way.
 */
public final class SqlRenderer {
  private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  private SqlRenderer() {
  }

  public static String identifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  public static String stringLiteral(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  public static String render(SqlSelect select) {
    StringBuilder sql = new StringBuilder("SELECT ");
    sql.append(select.items().stream()
        .map(item -> render(item.expression()) + (item.alias() == null ? "" : " AS " + identifier(item.alias())))
        .collect(Collectors.joining(", ")));
    String from = renderFrom(select.from());
    if (!from.isEmpty()) {
      sql.append(" FROM ").append(from);
    }
    if (select.where() != null) {
      sql.append(" WHERE ").append(render(select.where()));
    }
    if (!select.groupBy().isEmpty()) {
      sql.append(" GROUP BY ").append(join(select.groupBy()));
    }
    if (!select.orderBy().isEmpty()) {
      sql.append(" ORDER BY ").append(select.orderBy().stream()
          .map(order -> render(order.expression()) + (order.ascending() ? " ASC" : " DESC")
              + (order.nullsFirst() ? " NULLS FIRST" : " NULLS LAST"))
          .collect(Collectors.joining(", ")));
    }
    select.limit().ifPresent(limit -> sql.append(" LIMIT ").append(limit));
    select.offset().ifPresent(offset -> sql.append(" OFFSET ").append(offset));
    return sql.toString();
  }

  private static String renderFrom(SqlFrom from) {
    if (from instanceof SqlFrom.None none) {
      return "";
    }
    if (from instanceof SqlFrom.Subquery subquery) {
      return "(" + render(subquery.query()) + ") AS " + identifier(subquery.alias());
    }
    if (from instanceof SqlFrom.TableFunction function) {
      return function.name() + "(" + join(function.arguments()) + ") AS "
          + identifier(function.alias()) + columnList(function.columns());
    }
    if (from instanceof SqlFrom.Values values) {
      return "(VALUES " + values.rows().stream()
          .map(row -> "(" + join(row) + ")").collect(Collectors.joining(", ")) + ") AS "
          + identifier(values.alias()) + columnList(values.columns());
    }
    throw new IllegalStateException("unexpected " + from);

  }

  private static String columnList(List<String> columns) {
    return columns.stream().map(SqlRenderer::identifier).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String join(List<SqlExpression> expressions) {
    return expressions.stream().map(SqlRenderer::render).collect(Collectors.joining(", "));
  }

  public static String render(SqlExpression expression) {
    if (expression instanceof SqlColumn column) {
      return identifier(column.name());
    }
    if (expression instanceof SqlStar star) {
      return "*";
    }
    if (expression instanceof SqlLiteral literal) {
      return literal(literal);
    }
    if (expression instanceof SqlCall call) {
      return call.name() + "(" + (call.distinct() ? "DISTINCT " : "") + join(call.arguments()) + ")";
    }
    if (expression instanceof SqlOperator operator) {
      return switch (operator.form()) {
        case INFIX -> "(" + render(operator.operands().get(0)) + " " + operator.operator() + " "
            + render(operator.operands().get(1)) + ")";
        case PREFIX -> "(" + operator.operator() + " " + render(operator.operands().get(0)) + ")";
        case POSTFIX -> "(" + render(operator.operands().get(0)) + " " + operator.operator() + ")";
        case IN_LIST -> "(" + render(operator.operands().get(0)) + " " + operator.operator() + " ("
            + join(operator.operands().subList(1, operator.operands().size())) + "))";
      };
    }
    if (expression instanceof SqlCast cast) {
      return (cast.tryCast() ? "TRY_CAST(" : "CAST(") + render(cast.operand()) + " AS "
          + cast.duckDbType() + ")";
    }
    if (expression instanceof SqlLambda lambda) {
      return "(lambda " + identifier(lambda.parameter()) + ": " + render(lambda.body()) + ")";
    }
    if (expression instanceof SqlCase sqlCase) {
      return "CASE" + sqlCase.whens().stream()
          .map(when -> " WHEN " + render(when.condition()) + " THEN " + render(when.value()))
          .collect(Collectors.joining()) + (sqlCase.otherwise() == null ? "" : " ELSE " + render(sqlCase.otherwise()))
          + " END";
    }
    throw new IllegalStateException("unexpected " + expression);

  }

  private static String literal(SqlLiteral literal) {
    Object value = literal.value();
    String type = DuckDbTypes.of(literal.type());
    if (value == null) {
      return "CAST(NULL AS " + type + ")";
    }
    if (literal.type() instanceof DecimalType) {
      return "CAST(" + stringLiteral(((BigDecimal) value).toPlainString()) + " AS " + type + ")";
    }
    if (!(literal.type() instanceof AtomicType atomic)) {
      throw new IllegalArgumentException("no SQL literal for " + literal.type().simpleString());
    }
    return switch (atomic) {
      case BOOLEAN -> ((Boolean) value) ? "TRUE" : "FALSE";
      case INTEGER -> value.toString();
      case BYTE, SHORT, LONG -> "CAST(" + value + " AS " + type + ")";
      case FLOAT, DOUBLE -> "CAST(" + stringLiteral(value.toString()) + " AS " + type + ")";
      case STRING -> stringLiteral((String) value);
      case BINARY -> "from_hex(" + stringLiteral(HexFormat.of().formatHex((byte[]) value)) + ")";
      case DATE -> "DATE " + stringLiteral(((LocalDate) value).toString());
      case TIMESTAMP -> "CAST(" + stringLiteral(MICROS.format(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC))
          + "+00") + " AS TIMESTAMPTZ)";
      case TIMESTAMP_NTZ -> "CAST(" + stringLiteral(MICROS.format((LocalDateTime) value)) + " AS TIMESTAMP)";
      case NULL -> "NULL";
    };
  }
}
