package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sentences;

import dev.ember.conformance.CaseGroup;

/** sentences: java.text.BreakIterator's sentences and words, by locale. */
public final class SentenceCases extends CaseGroup {
  public SentenceCases() {
    super("sentences");
    query("sentences", spark -> spark.range(1).select(sentences(lit("Hi there! Good morning.")),
        sentences(lit("Hi there! Good morning."), lit("en"), lit("US")), sentences(lit("")),
        sentences(lit("... !!")), sentences(lit("Mr. Smith paid $3.50 for 2 apples. Isn't it?")),
        sentences(lit(null).cast("string"))));
    query("sentences_locales", spark -> spark.range(1).select(
        call_function("sentences", lit("Bonjour. Ça va? Oui!"), lit("fr")),
        sentences(lit("Guten Tag. Wie geht's?"), lit("de"), lit("DE")),
        sentences(lit("a b"), lit(null).cast("string"), lit("US")), sentences(lit("a b"), lit("en"), lit(null).cast("string"))));
    query("sentences_column", spark -> FunctionData.text(spark).select(col("t"), sentences(col("t"))));
    query("sentences_of_a_number", spark -> spark.range(3).select(call_function("sentences", col("id")),
        call_function("sentences", lit("a"), lit(1), lit(2))));
    query("sentences_wrong_type", spark -> spark.range(1).select(call_function("sentences",
        call_function("array", lit(1)))));
    query("sentences_argument_count", spark -> spark.range(1).select(call_function("sentences")));
  }
}
