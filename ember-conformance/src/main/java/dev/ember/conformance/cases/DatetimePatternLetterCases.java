package dev.ember.conformance.cases;

import dev.ember.conformance.CaseGroup;

/**
 * {@code date_format} (and its aliases {@code to_char}, {@code to_varchar}) with each pattern letter Spark writes:
 * eras, quarters, aligned weeks, hour variants, zone ids, names and offsets, day of year, long years, the empty
 * pattern; in the session's zone and in another.
 */
public final class DatetimePatternLetterCases extends CaseGroup {
  private static final String[] PATTERNS = {"G GG GGG GGGG", "y yy yyy yyyy yyyyy yyyyyy", "q qq", "Q QQ QQQ QQQQ",
      "D DD DDD", "F", "k kk", "K KK", "VV", "z zz zzz zzzz", "X XX XXX", "XXXX XXXXX", "Z ZZ ZZZ ZZZZ ZZZZZ",
      "O OOOO", "x xx xxx xxxx xxxxx", "", "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX", "'week' F 'of' MMM, QQQ yyyy G",
      "EEEE, MMMM d, yyyy h:mm a z", "yyyyy-MM-dd"};

  public DatetimePatternLetterCases() {
    super("datetime_pattern_letters");
    for (int index = 0; index < PATTERNS.length; index++) {
      String pattern = PATTERNS[index];
      query("pattern_" + index, spark -> spark.sql("SELECT col, date_format(col, '" + pattern + "') AS f, "
          + "to_char(col, '" + pattern + "') AS c FROM VALUES (TIMESTAMP '1582-05-31 19:40:35.123'), "
          + "(TIMESTAMP '1969-12-31 15:00:00'), (TIMESTAMP '2018-11-17 05:33:33.123456'), "
          + "(TIMESTAMP '0099-01-01 00:00:00'), (NULL) AS t(col)"));
    }
    withConf("zone_letters_in_tokyo", "spark.sql.session.timeZone", "Asia/Tokyo", spark -> spark.sql(
        "SELECT date_format(TIMESTAMP '2024-07-01 12:00:00', 'VV z zzzz O XXX Z') AS f"));
    withConf("zone_letters_at_dst_change", "spark.sql.session.timeZone", "America/New_York", spark -> spark.sql(
        "SELECT date_format(col, 'yyyy-MM-dd HH:mm z XXX') AS f FROM VALUES (TIMESTAMP '2024-03-10 01:30:00'), "
            + "(TIMESTAMP '2024-03-10 03:30:00'), (TIMESTAMP '2024-11-03 01:30:00') AS t(col)"));
    query("from_unixtime_with_zone", spark -> spark.sql(
        "SELECT from_unixtime(0, 'yyyy-MM-dd HH:mm:ss VV XXX') AS f"));
    query("date_input", spark -> spark.sql("SELECT date_format(DATE '2024-02-29', 'QQQ D G xxx') AS f"));
  }
}
