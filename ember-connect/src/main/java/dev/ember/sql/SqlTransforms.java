package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.ScriptTransform;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code SELECT TRANSFORM(...) USING 'script' [AS (...)]}, {@code MAP ... USING} and {@code REDUCE ... USING}, as
 * Spark's AstBuilder builds them: the transform's expressions selected over the query's FROM, WHERE, GROUP BY and
 * HAVING, with the script over them; the output typed columns, strings, or schema-less {@code key} and
 * {@code value}. Only Spark's own text format (ROW FORMAT DELIMITED, or none): a SERDE needs Hive.
 */
final class SqlTransforms {
  private static final String LINES = "\n";

  private final QueryBuilder queries;
  private final ExpressionBuilder expressions;

  SqlTransforms(QueryBuilder queries, ExpressionBuilder expressions) {
    this.queries = queries;
    this.expressions = expressions;
  }

  /**
   * The transform {@code clause} of {@code specification} (a query specification or a FROM statement's body) over
   * the rows {@code from}, with WHERE, GROUP BY and HAVING (each may be null).
   */
  LogicalPlan transform(org.antlr.v4.runtime.ParserRuleContext specification,
      SqlBaseParser.TransformClauseContext clause, LogicalPlan from, SqlBaseParser.WhereClauseContext where,
      SqlBaseParser.AggregationClauseContext aggregation, SqlBaseParser.HavingClauseContext having) {
    if (clause.setQuantifier() != null) {
      throw expressions.origins().attach(specification, new EmberException(ErrorKind.PARSE,
          "UNSUPPORTED_FEATURE.TRANSFORM_DISTINCT_ALL", "0A000",
          "The feature is not supported: TRANSFORM with the DISTINCT/ALL clause.", Map.of()));
    }
    ScriptTransform.RowFormat input = format(specification, clause.inRowFormat);
    ScriptTransform.RowFormat output = format(specification, clause.outRowFormat);
    List<Expression> selected = clause.expressionSeq().expression().stream().map(expressions::expression).toList();
    LogicalPlan plan = queries.selection(from, where, selected, aggregation, having, null);
    String script = expressions.string(clause.script);
    if (clause.colTypeList() != null) {
      List<StructField> columns = clause.colTypeList().colType().stream()
          .map(column -> new StructField(column.colName.getText(), expressions.dataType(column.dataType()), true))
          .toList();
      return new ScriptTransform(plan, script, columns, false, input, output);
    }
    if (clause.identifierSeq() != null) {
      List<StructField> columns = clause.identifierSeq().errorCapturingIdentifier().stream()
          .map(name -> new StructField(name.identifier().getText(), AtomicType.STRING, true)).toList();
      return new ScriptTransform(plan, script, columns, false, input, output);
    }
    return new ScriptTransform(plan, script, List.of(new StructField("key", AtomicType.STRING, true),
        new StructField("value", AtomicType.STRING, true)), true, input, output);
  }

  /** A ROW FORMAT: Spark's defaults for what it leaves out; SERDE refused; lines end with a newline only. */
  private ScriptTransform.RowFormat format(org.antlr.v4.runtime.ParserRuleContext specification,
      SqlBaseParser.RowFormatContext format) {
    if (format == null) {
      return ScriptTransform.RowFormat.DEFAULT;
    }
    if (!(format instanceof SqlBaseParser.RowFormatDelimitedContext delimited)) {
      throw expressions.origins().attach(specification, new EmberException(ErrorKind.PARSE,
          "UNSUPPORTED_FEATURE.TRANSFORM_NON_HIVE", "0A000",
          "The feature is not supported: TRANSFORM with SERDE is only supported in hive mode.", Map.of()));
    }
    if (delimited.linesSeparatedBy != null && !expressions.string(delimited.linesSeparatedBy).equals(LINES)) {
      String message = "LINES TERMINATED BY only supports newline '\\n' right now: "
          + expressions.string(delimited.linesSeparatedBy);
      throw expressions.origins().attach(specification, new EmberException(ErrorKind.PARSE,
          "_LEGACY_ERROR_TEMP_0064", null, message, Map.of("msg", message)));
    }
    ScriptTransform.RowFormat defaults = ScriptTransform.RowFormat.DEFAULT;
    return new ScriptTransform.RowFormat(
        delimited.fieldsTerminatedBy == null ? defaults.fieldDelimiter() : expressions.string(delimited.fieldsTerminatedBy),
        delimited.nullDefinedAs == null ? defaults.nullValue() : expressions.string(delimited.nullDefinedAs));
  }
}
