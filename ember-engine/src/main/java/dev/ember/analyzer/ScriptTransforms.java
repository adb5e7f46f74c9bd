package dev.ember.analyzer;

import dev.ember.engine.ScriptFields;
import dev.ember.engine.ScriptProcess;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.logical.ScriptTransform;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.UserCodeRows;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code SELECT TRANSFORM} as Spark's script transformation without a serde: the input row's text (each value cast
 * to a string, a struct, array or map as JSON, NULL as the format's NULL text, the fields joined by its delimiter)
 * computed in SQL; the script run as a stage ({@link ScriptProcess}) that reads its output lines into columns;
 * then each column that is not read as Java reads it cast from its text as Spark's reader does (NULL when it does
 * not parse).
 */
final class ScriptTransforms {
  private ScriptTransforms() {
  }

  static Scope resolve(Analyzer analyzer, ScriptTransform transform) {
    if (!analyzer.scriptsAllowed()) {
      throw dev.ember.plan.errors.SparkErrors.unsupportedCall("TRANSFORM ... USING '" + transform.script()
          + "' on a server started without spark.ember.scripts.enabled=true", "SQL",
          "this server runs no scripts for its clients (start it with --conf spark.ember.scripts.enabled=true).");
    }
    Scope input = analyzer.resolve(transform.input()).visible();
    ScriptTransform.RowFormat in = transform.inputFormat();
    List<BoundExpression> parts = new ArrayList<>();
    for (Attribute column : input.plan().output()) {
      if (!parts.isEmpty()) {
        parts.add(Literal.of(in.fieldDelimiter()));
      }
      parts.add(new Call("coalesce", List.of(text(new ColumnReference(column)), Literal.of(in.nullValue())),
          AtomicType.STRING, false));
    }
    BoundExpression line = parts.isEmpty() ? Literal.of("") : parts.size() == 1 ? parts.get(0)
        : new Call("concat", parts, AtomicType.STRING, false);
    Projection lines = new Projection(input.plan(),
        List.of(new NamedExpression(line, analyzer.newAttribute("line", AtomicType.STRING, false))));
    List<DataType> stageTypes = transform.output().stream().map(field -> ScriptFields.stageType(field.dataType()))
        .toList();
    ScriptTransform.RowFormat out = transform.outputFormat();
    ScriptProcess process = new ScriptProcess(transform.script(),
        new ScriptFields(stageTypes, out.fieldDelimiter(), out.nullValue(), transform.schemaLess()));
    List<Attribute> read = new ArrayList<>();
    for (int i = 0; i < stageTypes.size(); i++) {
      read.add(analyzer.newAttribute("_c" + i, stageTypes.get(i), true));
    }
    UserCodeRows rows = new UserCodeRows(lines, process, read);
    List<NamedExpression> columns = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      StructField field = transform.output().get(i);
      columns.add(new NamedExpression(typed(new ColumnReference(read.get(i)), field.dataType()),
          analyzer.newAttribute(field.name(), field.dataType(), true)));
    }
    return Scope.of(new Projection(rows, columns));
  }

  /** A value as the script reads it: Spark's cast to a string, JSON for a struct, array or map. */
  private static BoundExpression text(BoundExpression value) {
    DataType type = value.dataType();
    if (type instanceof StructType || type instanceof ArrayType || type instanceof MapType) {
      return new Call("to_json", List.of(value), AtomicType.STRING, true);
    }
    return type == AtomicType.STRING ? value : new BoundCast(value, AtomicType.STRING, false);
  }

  /** A column of the stage as the declared type: as it is, cast from its text (NULL if it does not parse), or JSON. */
  private static BoundExpression typed(BoundExpression read, DataType declared) {
    if (read.dataType().equals(declared)) {
      return read;
    }
    if (declared instanceof StructType || declared instanceof ArrayType || declared instanceof MapType) {
      return JsonFunctions.fromJsonText(read, declared);
    }
    return new BoundCast(read, declared, true);
  }
}
