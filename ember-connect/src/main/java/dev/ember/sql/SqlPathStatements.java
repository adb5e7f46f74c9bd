package dev.ember.sql;

import dev.ember.plan.command.SetPath;
import dev.ember.plan.command.SetPath.PathElement;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code SET PATH = DEFAULT_PATH | SYSTEM_PATH | PATH | CURRENT_SCHEMA | CURRENT_DATABASE | catalog.schema, ...}; a
 * schema named without its catalog is INVALID_SQL_PATH_SCHEMA_REFERENCE, as Spark's parser says.
 */
final class SqlPathStatements {
  private SqlPathStatements() {
  }

  static SetPath setPath(SqlBaseParser.SetPathContext context) {
    return new SetPath(context.pathElement().stream().map(SqlPathStatements::element).toList());
  }

  private static PathElement element(SqlBaseParser.PathElementContext element) {
    if (element.DEFAULT_PATH() != null) {
      return new PathElement.DefaultPath();
    }
    if (element.SYSTEM_PATH() != null) {
      return new PathElement.SystemPath();
    }
    if (element.PATH() != null) {
      return new PathElement.CurrentPath();
    }
    if (element.CURRENT_DATABASE() != null || element.CURRENT_SCHEMA() != null) {
      return new PathElement.CurrentSchema();
    }
    List<String> parts = element.multipartIdentifier().errorCapturingIdentifier().stream()
        .map(part -> part.identifier().getText()).toList();
    if (parts.size() < 2) {
      String name = String.join(".", parts);
      throw new EmberException(ErrorKind.PARSE, "INVALID_SQL_PATH_SCHEMA_REFERENCE", "42601",
          "Invalid schema reference in SET PATH: " + name + ". Use at least two name parts (catalog.schema); "
              + "multi-level namespaces are allowed.", Map.of("qualifiedName", name));
    }
    return new PathElement.Namespace(parts);
  }
}
