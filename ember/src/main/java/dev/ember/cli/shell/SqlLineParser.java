package dev.ember.cli.shell;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of the SQL being typed: Enter continues a statement until a line ends with a semicolon (so a
 * statement over several lines is one history entry), and words for completion end at blanks, parentheses,
 * commas and operators.
 */
final class SqlLineParser implements Parser {
  private static final String DELIMITERS = "(),;=<>+-*/%|!";

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && !line.isBlank() && !StatementSplitter.endsStatement(line)
        && !isQuit(line)) {
      throw new EOFError(-1, -1, "the statement continues until a line ends with ;", ";");
    }
    List<String> words = new ArrayList<>();
    int wordIndex = -1;
    int wordCursor = 0;
    int start = -1;
    for (int i = 0; i <= line.length(); i++) {
      boolean delimiter = i == line.length() || Character.isWhitespace(line.charAt(i))
          || DELIMITERS.indexOf(line.charAt(i)) >= 0;
      if (!delimiter && start < 0) {
        start = i;
      }
      if (delimiter && start >= 0) {
        if (cursor >= start && cursor <= i) {
          wordIndex = words.size();
          wordCursor = cursor - start;
        }
        words.add(line.substring(start, i));
        start = -1;
      }
    }
    if (wordIndex < 0) {
      // the cursor is after a delimiter: an empty word starts there
      wordIndex = insertionIndex(line, cursor, words.size());
      words.add(wordIndex, "");
      wordCursor = 0;
    }
    return new Words(line, cursor, words, wordIndex, wordCursor);
  }

  static boolean isQuit(String line) {
    String command = line.strip().replaceAll(";$", "").strip();
    return command.equalsIgnoreCase("quit") || command.equalsIgnoreCase("exit");
  }

  private static int insertionIndex(String line, int cursor, int wordCount) {
    int index = 0;
    boolean inWord = false;
    for (int i = 0; i < cursor && i < line.length(); i++) {
      boolean delimiter = Character.isWhitespace(line.charAt(i)) || DELIMITERS.indexOf(line.charAt(i)) >= 0;
      if (!delimiter && !inWord) {
        index++;
      }
      inWord = !delimiter;
    }
    return Math.min(index, wordCount);
  }

  private record Words(String line, int cursor, List<String> words, int wordIndex, int wordCursor)
      implements CompletingParsedLine {
    @Override
    public String word() {
      return words.get(wordIndex);
    }

    /** Names complete as they are: quoting is left to the user. */
    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return wordCursor;
    }

    @Override
    public int rawWordLength() {
      return word().length();
    }
  }
}
