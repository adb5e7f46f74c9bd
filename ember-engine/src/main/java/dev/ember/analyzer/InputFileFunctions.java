package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;

/**
 * input_file_name() (the row's file as a URI, '' where Spark knows none), input_file_block_start() and
 * input_file_block_length() (-1 there); never NULL. Which rows know their file is decided when SQL is
 * generated (sqlgen.InputFileColumn).
 */
final class InputFileFunctions {
  private InputFileFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(function("input_file_name", AtomicType.STRING), function("input_file_block_start", AtomicType.LONG),
        function("input_file_block_length", AtomicType.LONG));
  }

  private static FunctionDefinition function(String name, DataType type) {
    return new FunctionDefinition(name, 0, 0, false, (pretty, arguments, sql) -> new Call(name, List.of(), type, false),
        prefix(name));
  }
}
