package dev.ember.connect;

import dev.ember.catalog.BuiltinFunctions;
import dev.ember.commands.FunctionListings;
import dev.ember.commands.FunctionListings.FunctionEntry;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.ShowFunctions;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.connect.proto.Catalog;

/**
 * {@code spark.catalog()}'s function calls: listFunctions lists SHOW FUNCTIONS's built-in functions, then its
 * temporary and persistent ones, each described as getFunction describes it; functionExists is whether getFunction
 * finds one.
 */
final class CatalogFunctionCalls {
  /** Spark's {@code catalog.Function}, which the client decodes by name. */
  static final StructType FUNCTION = new StructType(List.of(string("name"), string("catalog"),
      new StructField("namespace", new ArrayType(AtomicType.STRING, true), true), string("description"),
      string("className"), new StructField("isTemporary", AtomicType.BOOLEAN, false)));

  private CatalogFunctionCalls() {
  }

  static boolean handles(Catalog.CatTypeCase call) {
    return call == Catalog.CatTypeCase.LIST_FUNCTIONS || call == Catalog.CatTypeCase.GET_FUNCTION
        || call == Catalog.CatTypeCase.FUNCTION_EXISTS;
  }

  static QueryResult run(EngineSession session, Catalog catalog) {
    return switch (catalog.getCatTypeCase()) {
      case LIST_FUNCTIONS -> list(session, catalog.getListFunctions());
      case GET_FUNCTION -> new QueryResult(FUNCTION, List.<Object[]>of(row(FunctionListings.describe(session,
          name(catalog.getGetFunction().getFunctionName(), catalog.getGetFunction().hasDbName()
              ? Optional.of(catalog.getGetFunction().getDbName()) : Optional.empty())))));
      case FUNCTION_EXISTS -> CatalogRows.single(AtomicType.BOOLEAN, FunctionListings.find(session,
          name(catalog.getFunctionExists().getFunctionName(), catalog.getFunctionExists().hasDbName()
              ? Optional.of(catalog.getFunctionExists().getDbName()) : Optional.empty())).isPresent());
      default -> throw new IllegalArgumentException("not a function call: " + catalog.getCatTypeCase());
    };
  }

  private static QueryResult list(EngineSession session, org.apache.spark.connect.proto.ListFunctions list) {
    Optional<String> pattern = list.hasPattern() ? Optional.of(list.getPattern()) : Optional.empty();
    Optional<List<String>> namespace = list.hasDbName()
        ? Optional.of(Identifiers.parseAttributeName(list.getDbName())) : Optional.empty();
    List<Object[]> rows = new ArrayList<>();
    for (String name : FunctionListings.names(session, new ShowFunctions(Optional.empty(), false, true, pattern))) {
      BuiltinFunctions.Builtin builtin = BuiltinFunctions.lookup(name).orElseThrow();
      rows.add(row(new FunctionEntry(builtin.name(), Optional.empty(), Optional.empty(), builtin.description(),
          builtin.className(), true)));
    }
    for (String name : FunctionListings.names(session, new ShowFunctions(namespace, true, false, pattern))) {
      rows.add(row(FunctionListings.describe(session, Identifiers.parseAttributeName(name))));
    }
    return new QueryResult(FUNCTION, rows);
  }

  /** {@code getFunction(db, name)} names {@code db.name}; {@code getFunction(name)} parses the name. */
  private static List<String> name(String functionName, Optional<String> database) {
    return database.map(db -> List.of(db, functionName))
        .orElseGet(() -> Identifiers.parseAttributeName(functionName));
  }

  private static Object[] row(FunctionEntry function) {
    return new Object[] {function.name(), function.catalog().orElse(null), function.namespace().orElse(null),
        function.description().orElse(null), function.className().orElse(null), function.temporary()};
  }

  private static StructField string(String name) {
    return new StructField(name, AtomicType.STRING, true);
  }
}
