package dev.ember.engine.functions;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_sentences(text, language, country)}: Spark's sentences — java.text.BreakIterator's
 * sentences of the locale (US unless a language is given), each the list of its words (the pieces
 * that start with a letter or digit). The result travels as text: every sentence starts with
 * {@link #SENTENCE} and its words are separated by {@link #WORD}; the generated SQL splits it back.
 */
public final class SentenceSplitter {
  public static final String SENTENCE = "\u001E";
  public static final String WORD = "\u001F";

  static final JavaFunction FUNCTION = JavaFunction.of("ember_sentences",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null ? null
          : split((String) arguments[0], locale((String) arguments[1], (String) arguments[2])));

  private SentenceSplitter() {
  }

  private static Locale locale(String language, String country) {
    if (language == null) {
      return Locale.US;
    }
    return country == null ? new Locale(language) : new Locale(language, country);
  }

  private static String split(String text, Locale locale) {
    StringBuilder result = new StringBuilder();
    BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
    sentences.setText(text);
    int sentenceStart = 0;
    while (sentences.next() != BreakIterator.DONE) {
      String sentence = text.substring(sentenceStart, sentences.current());
      sentenceStart = sentences.current();
      result.append(SENTENCE);
      BreakIterator words = BreakIterator.getWordInstance(locale);
      words.setText(sentence);
      int wordStart = 0;
      boolean first = true;
      while (words.next() != BreakIterator.DONE) {
        String word = sentence.substring(wordStart, words.current());
        wordStart = words.current();
        if (Character.isLetterOrDigit(word.charAt(0))) {
          result.append(first ? "" : WORD).append(word);
          first = false;
        }
      }
    }
    return result.toString();
  }
}
