package dev.ember.engine.show;

/**
 * Spark's {@code Utils.stringHalfWidth}: full-width (East Asian) characters take two columns, and so does a character
 * outside the Basic Multilingual Plane (an emoji), as Spark counts a string's UTF-16 units.
 */
final class DisplayWidth {
  private DisplayWidth() {
  }

  static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      width += isFullWidth(codePoint) || Character.isSupplementaryCodePoint(codePoint) ? 2 : 1;
      i += Character.charCount(codePoint);
    }
    return width;
  }

  private static boolean isFullWidth(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
