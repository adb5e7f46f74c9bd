package dev.ember.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the warehouse's catalog holds at one moment: its databases and their tables, views and functions. Immutable: a
 * change makes a new state, which the warehouse writes whole before it becomes current.
 */
public record CatalogState(Map<String, CatalogDatabase> databases, Map<TableName, CatalogTable> tables,
    Map<TableName, CatalogFunction> functions) {
  public CatalogState {
    databases = Map.copyOf(databases);
    tables = Map.copyOf(tables);
    functions = Map.copyOf(functions);
  }

  /** A warehouse nobody has written to: the {@code default} database, at the warehouse's own directory. */
  static CatalogState initial(String warehouseLocation) {
    return new CatalogState(Map.of(CatalogDatabase.DEFAULT, new CatalogDatabase(CatalogDatabase.DEFAULT,
        "default database", warehouseLocation, Map.of())), Map.of(), Map.of());
  }

  public Optional<CatalogDatabase> database(String name) {
    return Optional.ofNullable(databases.get(name.toLowerCase(java.util.Locale.ROOT)));
  }

  public Optional<CatalogTable> table(TableName name) {
    return Optional.ofNullable(tables.get(name));
  }

  /** The tables and views of a database, by name. */
  public List<CatalogTable> tablesOf(String database) {
    String key = database.toLowerCase(java.util.Locale.ROOT);
    return tables.values().stream().filter(table -> table.name().database().equals(key))
        .sorted(java.util.Comparator.comparing(table -> table.name().table())).toList();
  }

  public CatalogState withDatabase(CatalogDatabase database) {
    Map<String, CatalogDatabase> next = new HashMap<>(databases);
    next.put(database.name(), database);
    return new CatalogState(next, tables, functions);
  }

  /** Without the database and its tables and functions. */
  public CatalogState withoutDatabase(String name) {
    Map<String, CatalogDatabase> next = new HashMap<>(databases);
    next.remove(name);
    Map<TableName, CatalogTable> remaining = new HashMap<>(tables);
    remaining.keySet().removeIf(table -> table.database().equals(name));
    Map<TableName, CatalogFunction> remainingFunctions = new HashMap<>(functions);
    remainingFunctions.keySet().removeIf(function -> function.database().equals(name));
    return new CatalogState(next, remaining, remainingFunctions);
  }

  public CatalogState withTable(CatalogTable table) {
    Map<TableName, CatalogTable> next = new HashMap<>(tables);
    next.put(table.name(), table);
    return new CatalogState(databases, next, functions);
  }

  public CatalogState withoutTable(TableName name) {
    Map<TableName, CatalogTable> next = new HashMap<>(tables);
    next.remove(name);
    return new CatalogState(databases, next, functions);
  }

  public Optional<CatalogFunction> function(TableName name) {
    return Optional.ofNullable(functions.get(name));
  }

  public CatalogState withFunction(CatalogFunction function) {
    Map<TableName, CatalogFunction> next = new HashMap<>(functions);
    next.put(function.name(), function);
    return new CatalogState(databases, tables, next);
  }

  public CatalogState withoutFunction(TableName name) {
    Map<TableName, CatalogFunction> next = new HashMap<>(functions);
    next.remove(name);
    return new CatalogState(databases, tables, next);
  }
}
