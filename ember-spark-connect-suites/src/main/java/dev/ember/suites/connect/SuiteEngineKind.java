package dev.ember.suites.connect;

/** The server the suites run against; its name is the results directory's. */
enum SuiteEngineKind {
  EMBER("ember"),
  SPARK_CONNECT("spark-connect");

  private final String directory;

  SuiteEngineKind(String directory) {
    this.directory = directory;
  }

  String directory() {
    return directory;
  }

  static SuiteEngineKind named(String name) {
    for (SuiteEngineKind kind : values()) {
      if (kind.directory.equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown engine " + name + " (ember or spark-connect)");
  }
}
