package dev.ember.plan.command;

/** {@code SET CATALOG name} and {@code spark.catalog().setCurrentCatalog(name)}. */
public record SetCatalog(String name) implements Command {
}
