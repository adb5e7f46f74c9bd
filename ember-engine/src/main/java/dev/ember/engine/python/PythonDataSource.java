package dev.ember.engine.python;

/**
 * A Python data source the client registered ({@code spark.dataSource.register(MySource)}): its name and its class,
 * cloudpickled by the client with its Python's version, as Spark's {@code UserDefinedPythonDataSource} keeps it.
 */
public record PythonDataSource(String name, String python, String pythonVersion, byte[] command) {
}
