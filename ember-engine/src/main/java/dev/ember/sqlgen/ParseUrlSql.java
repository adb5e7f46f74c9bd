package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;

/**
 * parse_url as java.net.URI reads a URL (RFC 2396 components, raw, undecoded): a URL with characters
 * URI refuses fails with INVALID_URL (NULL for try_parse_url); an opaque URL ({@code mailto:x}) has
 * no path, query or authority; an absent component is NULL, an empty path the empty string.
 */
final class ParseUrlSql {
  private static final String SCHEME = "^[A-Za-z][A-Za-z0-9+.\\-]*:";
  private static final String COMPONENTS = "^(([A-Za-z][A-Za-z0-9+.\\-]*):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?$";
  private static final String VALID = "([A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*";
  private static final SqlLiteral NULL = new SqlLiteral(null, AtomicType.STRING);

  private ParseUrlSql() {
  }

  static SqlExpression parse(SqlExpression url, String part, SqlExpression key, boolean lenient) {
    SqlExpression component = component(url, part, key);
    SqlExpression invalid = SqlOperator.prefix("NOT", SqlCall.of("regexp_full_match", url, text(VALID)));
    SqlExpression failure = lenient ? NULL : DatetimeSql.raise(RaisedError.INVALID_URL, AtomicType.STRING, url);
    return new SqlCase(List.of(new SqlCase.When(invalid, failure)), component);
  }

  private static SqlExpression component(SqlExpression url, String part, SqlExpression key) {
    SqlExpression opaque = SqlOperator.infix("AND", matches(url, SCHEME),
        SqlOperator.prefix("NOT", matches(url, SCHEME + "/")));
    SqlExpression authority = group(url, 4);
    SqlExpression hasAuthority = SqlOperator.infix("AND", matches(url, "^([A-Za-z][A-Za-z0-9+.\\-]*:)?//"),
        SqlOperator.infix("<>", authority, text("")));
    SqlExpression hasQuery = SqlOperator.infix("AND", SqlOperator.prefix("NOT", opaque), matches(url, "^[^#]*\\?"));
    SqlExpression path = group(url, 5);
    SqlExpression query = group(url, 7);
    if (part == null) {
      return NULL;
    }
    return switch (part) {
      case "PROTOCOL" -> when(matches(url, SCHEME), group(url, 2));
      case "AUTHORITY" -> when(hasAuthority, authority);
      case "USERINFO" -> when(SqlOperator.infix("AND", hasAuthority, matches(authority, "@")),
          SqlCall.of("regexp_extract", authority, text("^([^@]*)@"), new SqlLiteral(1, AtomicType.INTEGER)));
      case "HOST" -> when(hasAuthority, SqlCall.of("nullif", SqlCall.of("regexp_extract", authority,
          text("^(?:[^@]*@)?(\\[[^\\]]*\\]|[^:]*)"), new SqlLiteral(1, AtomicType.INTEGER)), text("")));
      case "PATH" -> when(SqlOperator.prefix("NOT", opaque), path);
      case "QUERY" -> key == null ? when(hasQuery, query) : when(hasQuery, queryValue(query, key));
      case "REF" -> when(matches(url, "#"), group(url, 9));
      case "FILE" -> new SqlCase(List.of(new SqlCase.When(opaque, NULL),
          new SqlCase.When(hasQuery, new SqlCall("concat", List.of(path, text("?"), query), false))), path);
      default -> NULL;
    };
  }

  /** Spark's pattern {@code (&|^)key=([^&]*)}: the first value of the key, NULL when it is absent. */
  private static SqlExpression queryValue(SqlExpression query, SqlExpression key) {
    SqlExpression pattern = new SqlCall("concat", List.of(text("(&|^)"), key, text("=([^&]*)")), false);
    return when(SqlCall.of("regexp_matches", query, pattern),
        SqlCall.of("regexp_extract", query, pattern, new SqlLiteral(2, AtomicType.INTEGER)));
  }

  private static SqlExpression group(SqlExpression url, int group) {
    return SqlCall.of("regexp_extract", url, text(COMPONENTS), new SqlLiteral(group, AtomicType.INTEGER));
  }

  private static SqlExpression matches(SqlExpression value, String pattern) {
    return SqlCall.of("regexp_matches", value, text(pattern));
  }

  private static SqlExpression when(SqlExpression condition, SqlExpression value) {
    return new SqlCase(List.of(new SqlCase.When(condition, value)), NULL);
  }

  private static SqlLiteral text(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }
}
