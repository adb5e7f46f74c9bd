package dev.ember.connect;

import dev.ember.engine.files.FileListing;
import dev.ember.engine.files.FileSourceOptions;
import dev.ember.plan.logical.DataSourceRead;
import dev.ember.plan.logical.LogicalPlan;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** {@code df.inputFiles()}: the files every read in the plan scans, as sorted {@code file://} URIs. */
final class InputFiles {
  private InputFiles() {
  }

  static List<String> of(LogicalPlan plan, java.time.ZoneId sessionZone) {
    TreeSet<String> files = new TreeSet<>();
    collect(plan, files, sessionZone);
    return List.copyOf(files);
  }

  /** Walks the plan through its record components: every plan node is a record. */
  private static void collect(Object node, TreeSet<String> files, java.time.ZoneId sessionZone) {
    if (node instanceof DataSourceRead read) {
      FileListing.of(read.paths(), FileSourceOptions.of(read.options(), sessionZone), read.schema()).files()
          .forEach(file -> files.add("file://" + file));
      return;
    }
    if (node instanceof Collection<?> elements) {
      elements.forEach(element -> collect(element, files, sessionZone));
      return;
    }
    if (!(node instanceof LogicalPlan) || !node.getClass().isRecord()) {
      return;
    }
    for (RecordComponent component : node.getClass().getRecordComponents()) {
      try {
        collect(component.getAccessor().invoke(node), files, sessionZone);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + component + " of " + node.getClass(), e);
      }
    }
  }
}
