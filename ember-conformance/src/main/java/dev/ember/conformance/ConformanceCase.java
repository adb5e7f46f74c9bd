package dev.ember.conformance;

import java.util.Objects;

/** One case of the conformance suite: a few lines of Spark code, identified by group and name. */
public record ConformanceCase(String group, String name, CaseBody body) {
  public ConformanceCase {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
    if (!name.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("case names are lower_snake_case: " + name);
    }
  }

  public String id() {
    return group + "/" + name;
  }
}
