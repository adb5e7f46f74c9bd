package dev.ember.analyzer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The records of a JSON Lines file as Spark's reader sees them: the bytes split as Hadoop's line reader splits them
 * (at {@code \n}, {@code \r} or {@code \r\n}, no record after a final separator), each line decoded as UTF-8. A line
 * that is not UTF-8 is empty here: Jackson fails on it, so Spark's record is malformed.
 */
final class JsonRecordLines {
  private JsonRecordLines() {
  }

  static List<Optional<String>> of(byte[] content) {
    List<Optional<String>> lines = new ArrayList<>();
    int start = 0;
    int index = 0;
    while (index < content.length) {
      byte current = content[index];
      if (current == '\n' || current == '\r') {
        lines.add(decoded(content, start, index));
        index += current == '\r' && index + 1 < content.length && content[index + 1] == '\n' ? 2 : 1;
        start = index;
      } else {
        index++;
      }
    }
    if (start < content.length) {
      lines.add(decoded(content, start, content.length));
    }
    return lines;
  }

  /** The whole content as text, or empty when it is not UTF-8 (a multiLine document Jackson cannot read). */
  static Optional<String> whole(byte[] content) {
    return decoded(content, 0, content.length);
  }

  private static Optional<String> decoded(byte[] content, int start, int end) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content, start, end - start))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
