package dev.ember.engine.functions;

import java.util.ArrayList;
import java.util.List;

/**
 * A text's lines as Hadoop's line reader splits them: at {@code lineSep} when one is given, otherwise at any of
 * {@code \n}, {@code \r} and {@code \r\n}; no line after a final separator.
 */
final class HadoopLines {
  private HadoopLines() {
  }

  static List<String> of(String text, String separator) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int index = 0;
    while (index < text.length()) {
      int end = separatorLength(text, index, separator);
      if (end > 0) {
        lines.add(text.substring(start, index));
        index += end;
        start = index;
      } else {
        index++;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** The length of the separator starting at {@code index}, 0 where none does. */
  private static int separatorLength(String text, int index, String separator) {
    if (!separator.isEmpty()) {
      return text.startsWith(separator, index) ? separator.length() : 0;
    }
    char current = text.charAt(index);
    if (current == '\n') {
      return 1;
    }
    if (current == '\r') {
      return index + 1 < text.length() && text.charAt(index + 1) == '\n' ? 2 : 1;
    }
    return 0;
  }
}
