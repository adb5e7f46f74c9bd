package dev.ember.engine.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.types.variant.Variant;
import org.apache.spark.types.variant.VariantUtil;

/**
 * A path into a VARIANT as Spark's VariantPathParser reads it: {@code $} then keys ({@code .name},
 * {@code ['name']}, {@code ["name"]}) and array indexes ({@code [0]}).
 */
public final class VariantPath {
  private static final Pattern SEGMENT = Pattern.compile("\\[(\\d+)]|\\.([^.\\[]+)|\\['([^']+)']|\\[\"([^\"]+)\"]");

  private VariantPath() {
  }

  /** The steps, each a key (String) or an index (Integer); empty when Spark finds the path invalid. */
  public static Optional<List<Object>> parse(String path) {
    if (path == null || !path.startsWith("$")) {
      return Optional.empty();
    }
    List<Object> steps = new ArrayList<>();
    Matcher matcher = SEGMENT.matcher(path);
    int position = 1;
    while (position < path.length()) {
      if (!matcher.find(position) || matcher.start() != position) {
        return Optional.empty();
      }
      if (matcher.group(1) != null) {
        try {
          steps.add(Integer.parseInt(matcher.group(1)));
        } catch (NumberFormatException tooLarge) {
          return Optional.empty();
        }
      } else {
        steps.add(matcher.group(2) != null ? matcher.group(2)
            : matcher.group(3) != null ? matcher.group(3) : matcher.group(4));
      }
      position = matcher.end();
    }
    return Optional.of(steps);
  }

  /** The value at the path, or null where the path leads nowhere (a missing key, an index past the end). */
  static Variant find(Variant variant, List<Object> steps) {
    Variant current = variant;
    for (Object step : steps) {
      if (step instanceof String key) {
        current = current.getType() == VariantUtil.Type.OBJECT ? current.getFieldByKey(key) : null;
      } else {
        int index = (Integer) step;
        current = current.getType() == VariantUtil.Type.ARRAY && index < current.arraySize()
            ? current.getElementAtIndex(index) : null;
      }
      if (current == null) {
        return null;
      }
    }
    return current;
  }
}
