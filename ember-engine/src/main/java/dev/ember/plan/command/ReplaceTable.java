package dev.ember.plan.command;

/**
 * {@code [CREATE OR] REPLACE TABLE name ...}: the table {@code definition} describes (its columns, provider,
 * partitioning, properties, maybe its query) in place of the one of that name; {@code orCreate} when none need exist.
 */
public record ReplaceTable(CreateTable definition, boolean orCreate) implements Command {
}
