package dev.ember.sql;

/**
 * The session confs that change how Spark parses SQL text, read once per statement.
 *
 * @param legacyIdentifierClause {@code spark.sql.legacy.identifierClause}: IDENTIFIER(...) only where Spark 3.5
 *     allowed it
 * @param doubleQuotedIdentifiers {@code spark.sql.ansi.doubleQuotedIdentifiers}: {@code "a"} names a column
 * @param quotedRegexColumnNames {@code spark.sql.parser.quotedRegexColumnNames}: a back-quoted name in a select list
 *     that is not a plain identifier is a regular expression over the column names
 * @param legacySetOperationPrecedence {@code spark.sql.legacy.setopsPrecedence.enabled}: INTERSECT binds no tighter
 *     than UNION and EXCEPT
 * @param exponentLiteralAsDecimal {@code spark.sql.legacy.exponentLiteralAsDecimal.enabled}: {@code 1E2} is a decimal
 * @param enforceReservedKeywords {@code spark.sql.ansi.enforceReservedKeywords} (with ANSI on): reserved words are
 *     not identifiers
 * @param nestedCteNamesRaise {@code spark.sql.legacy.ctePrecedencePolicy=EXCEPTION}: a CTE at the start of a nested
 *     query named as an outer CTE is AMBIGUOUS_ALIAS_IN_NESTED_CTE (by default, CORRECTED, the inner one wins)
 * @param timestampWithoutTimeZone {@code spark.sql.timestampType=TIMESTAMP_NTZ}: TIMESTAMP literals and types are
 *     TIMESTAMP_NTZ
 * @param outerCtesFirst {@code spark.sql.legacy.ctePrecedencePolicy=LEGACY}: a name both an outer and a nested CTE
 *     define refers to the outer one
 */
public record SqlParserOptions(boolean legacyIdentifierClause, boolean doubleQuotedIdentifiers,
    boolean quotedRegexColumnNames, boolean legacySetOperationPrecedence, boolean exponentLiteralAsDecimal,
    boolean enforceReservedKeywords, boolean nestedCteNamesRaise, boolean timestampWithoutTimeZone,
    boolean outerCtesFirst) {
  /** Spark's defaults: every option off. */
  public static final SqlParserOptions DEFAULT = new SqlParserOptions(false, false, false, false, false, false,
      false, false, false);
}
