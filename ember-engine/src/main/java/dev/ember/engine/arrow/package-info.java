/**
 * Results as Arrow IPC streams with the Arrow schema Spark's server sends: DuckDB's own Arrow export
 * re-labelled with Spark's schema where the layouts agree ({@link dev.ember.engine.arrow.DuckDbArrowExport}),
 * rows encoded in Java otherwise ({@link dev.ember.engine.arrow.RowBatchEncoder}). Unshaded Arrow; the
 * bytes are what the Spark Connect client decodes with its shaded copy.
 */
package dev.ember.engine.arrow;
