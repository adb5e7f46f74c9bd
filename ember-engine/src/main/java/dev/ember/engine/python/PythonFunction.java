package dev.ember.engine.python;

import dev.ember.plan.types.DataType;

/**
 * A Python function as the client sends it: the Python its workers run, the version the client pickled it with, its
 * eval type and its command (the cloudpickled {@code (function, returnType)}), and the type it returns.
 */
public record PythonFunction(String python, String pythonVersion, int evalType, byte[] command, DataType returnType) {
}
