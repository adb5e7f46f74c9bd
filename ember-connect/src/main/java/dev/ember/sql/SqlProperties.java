package dev.ember.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/** Property lists ({@code TBLPROPERTIES}, {@code DBPROPERTIES}): keys and values as Spark's AstBuilder reads them. */
final class SqlProperties {
  private SqlProperties() {
  }

  static Map<String, String> of(SqlBaseParser.PropertyListContext list) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (SqlBaseParser.PropertyContext property : list.property()) {
      if (property instanceof SqlBaseParser.PropertyWithKeyAndEqualsContext pair) {
        properties.put(key(pair.key), value(pair.value));
      } else if (property instanceof SqlBaseParser.PropertyWithKeyNoEqualsContext pair) {
        properties.put(key(pair.key), value(pair.value));
      }
    }
    return properties;
  }

  /** The keys of a list (UNSET TBLPROPERTIES names keys only). */
  static List<String> keys(SqlBaseParser.PropertyListContext list) {
    List<String> keys = new ArrayList<>();
    for (SqlBaseParser.PropertyContext property : list.property()) {
      if (property instanceof SqlBaseParser.PropertyWithKeyAndEqualsContext pair) {
        keys.add(key(pair.key));
      } else if (property instanceof SqlBaseParser.PropertyWithKeyNoEqualsContext pair) {
        keys.add(key(pair.key));
      }
    }
    return keys;
  }

  static String key(SqlBaseParser.PropertyKeyOrStringLitContext key) {
    return key.stringLit() != null ? SqlLiterals.string(key.stringLit()) : key.propertyKey().getText();
  }

  static String key(SqlBaseParser.PropertyKeyOrStringLitNoCoalesceContext key) {
    return key.singleStringLit() != null ? SqlLiterals.unescape(key.singleStringLit().getText())
        : key.propertyKey().getText();
  }

  static String value(SqlBaseParser.PropertyValueContext value) {
    if (value == null) {
      return null;
    }
    if (value.stringLit() != null) {
      return SqlLiterals.string(value.stringLit());
    }
    if (value.booleanValue() != null) {
      return value.getText().toLowerCase(java.util.Locale.ROOT);
    }
    return value.getText();
  }
}
