package dev.ember.engine.python;

import dev.ember.plan.types.DataType;
import java.util.List;

/**
 * A Python function as the client sends it: the Python its workers run, the version the client pickled it with, its
 * eval type and its command (the cloudpickled {@code (function, returnType)}), the type it returns, and the keyword
 * of each argument of a call given by name ({@code f(b=col)}; empty for one given by position).
 */
public record PythonFunction(String python, String pythonVersion, int evalType, byte[] command, DataType returnType,
    List<String> keywords) {
  public PythonFunction {
    keywords = List.copyOf(keywords);
  }

  /** The keyword of argument {@code i}, empty when it is given by position. */
  public String keyword(int i) {
    return i < keywords.size() ? keywords.get(i) : "";
  }
}
