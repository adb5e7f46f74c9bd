package dev.ember.plan.command;

import java.util.List;

/**
 * {@code CLUSTERED BY (columns) [SORTED BY (columns)] INTO n BUCKETS}: kept in the catalog and shown as Spark shows
 * it; Ember's writer does not split files by bucket (one machine reads them alike).
 */
public record BucketSpec(int buckets, List<String> bucketColumns, List<String> sortColumns) {
  public BucketSpec {
    bucketColumns = List.copyOf(bucketColumns);
    sortColumns = List.copyOf(sortColumns);
  }
}
