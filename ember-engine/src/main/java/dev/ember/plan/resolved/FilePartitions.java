package dev.ember.plan.resolved;

import dev.ember.plan.types.StructField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partition columns a read discovered in its directory names ({@code year=2024/month=1}) and
 * each file's values, as text (unescaped; {@code null} for Hive's default partition), to be cast to
 * the column's type. No columns: the read is not partitioned.
 */
public record FilePartitions(List<StructField> columns, Map<String, List<String>> valuesByFile) {
  public static final FilePartitions NONE = new FilePartitions(List.of(), Map.of());

  public FilePartitions {
    columns = List.copyOf(columns);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    valuesByFile.forEach((file, values) -> copy.put(file, Collections.unmodifiableList(new ArrayList<>(values))));
    valuesByFile = Collections.unmodifiableMap(copy);
  }

  public boolean isEmpty() {
    return columns.isEmpty();
  }
}
