package dev.ember.plan.command;

/**
 * A SQL script ({@code spark.sql("BEGIN ... END")}): its statements run in order when it is sent; it answers with the
 * rows of the last query it ran (none when it ran no query), as Spark's SQL scripting does.
 */
public record SqlScript(ScriptStatement.Block body) implements Command {
}
