package dev.ember.connect;

import dev.ember.engine.files.FileListing;
import dev.ember.engine.files.FileSourceOptions;
import dev.ember.plan.logical.DataSourceRead;
import dev.ember.plan.logical.DataSourceReads;
import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.TreeSet;

/** {@code df.inputFiles()}: the files every read in the plan scans, as sorted {@code file://} URIs. */
final class InputFiles {
  private InputFiles() {
  }

  static List<String> of(LogicalPlan plan, dev.ember.engine.EngineSession session) {
    java.time.ZoneId sessionZone = java.time.ZoneId.of(session.conf().timeZone());
    TreeSet<String> files = new TreeSet<>();
    for (DataSourceRead read : DataSourceReads.in(plan)) {
      session.fileAccess().checkRead(read.paths(), session.warehouseDirectory());
      List<String> listed = FileListing.of(read.paths(), FileSourceOptions.of(read.options(), sessionZone), read.schema())
          .files();
      session.fileAccess().checkListedFiles(listed, session.warehouseDirectory());
      listed.forEach(file -> files.add("file://" + file));
    }
    return List.copyOf(files);
  }
}
