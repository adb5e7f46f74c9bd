package dev.ember.plan.command;

import dev.ember.plan.expressions.Expression;
import java.util.List;

/** {@code CALL catalog.ns.procedure(arguments)}: a stored procedure of a catalog. */
public record CallProcedure(List<String> nameParts, List<Expression> arguments) implements Command {
  public CallProcedure {
    nameParts = List.copyOf(nameParts);
    arguments = List.copyOf(arguments);
  }
}
