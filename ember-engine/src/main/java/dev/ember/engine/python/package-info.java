/**
 * Python user code run by PySpark's own worker ({@code pyspark.worker}, which the client's package ships): worker
 * processes started and pooled as Spark's {@code PythonWorkerFactory} does ({@link PythonWorkers}), each task written
 * and its output read in the protocol of Spark's {@code PythonRunner} ({@link PythonTask}), the rows crossing as Arrow
 * IPC streams. Nothing here knows protos: a task is the function's pickled command, its eval type and its input.
 */
package dev.ember.engine.python;
