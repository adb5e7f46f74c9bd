/**
 * ORC files as Spark 4.2.0 reads and writes them, through Apache ORC's Java library (the version Spark uses):
 * Spark's mapping between its types and ORC's ({@link OrcSchemas}), and rows of Java values (as the engine's
 * results hold them) read from and written to ORC files ({@link OrcRowReader}, {@link OrcRowWriter}).
 */
package dev.ember.engine.orc;
