package dev.ember.sql;

import dev.ember.plan.command.CreateTempView;
import dev.ember.plan.logical.DataSourceRead;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code CREATE [OR REPLACE] [GLOBAL] TEMPORARY VIEW name [(columns)] USING provider [OPTIONS (...)]}: a temporary
 * view reading files as {@code spark.read().format(provider).options(...).schema(columns).load()} does, the path
 * given by the {@code path} option (none: no files, the columns given).
 */
final class SqlTempViewsUsing {
  private SqlTempViewsUsing() {
  }

  static CreateTempView create(ExpressionBuilder expressions, SqlBaseParser.CreateTempViewUsingContext using) {
    List<String> name = new ArrayList<>();
    if (using.tableIdentifier().db != null) {
      name.add(using.tableIdentifier().db.getText());
    }
    name.add(using.tableIdentifier().table.getText());
    Optional<StructType> schema = Optional.empty();
    if (using.colTypeList() != null) {
      DataType columns = expressions.dataType(expressions.source(using.colTypeList()));
      schema = Optional.of((StructType) columns);
    }
    Map<String, String> options = new LinkedHashMap<>();
    if (using.propertyList() != null) {
      // reader options are matched without case, as the client sends them
      SqlProperties.of(using.propertyList()).forEach((key, value) -> options.put(key.toLowerCase(Locale.ROOT), value));
    }
    List<String> paths = new ArrayList<>();
    Optional.ofNullable(options.remove("path")).ifPresent(paths::add);
    String provider = using.tableProvider().multipartIdentifier().getText().toLowerCase(Locale.ROOT);
    return new CreateTempView(name, Optional.empty(), new DataSourceRead(provider, paths, options, schema),
        using.REPLACE() != null, using.GLOBAL() != null);
  }
}
