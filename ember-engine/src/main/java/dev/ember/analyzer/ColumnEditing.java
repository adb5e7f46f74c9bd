package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.Drop;
import dev.ember.plan.logical.WithColumnsRenamed.Rename;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DataFrame operations that only reshape columns: withColumn(s), withColumnRenamed, drop, toDF
 * and as(alias). Each becomes a projection.
 */
final class ColumnEditing {
  private ColumnEditing() {
  }

  static Scope withColumns(Analyzer analyzer, Scope original, List<Alias> columns) {
    WindowedInput windowed = TimeWindowPlanning.plan(analyzer, original, List.copyOf(columns));
    Scope input = windowed.scope();
    NameMatcher names = analyzer.names();
    ExpressionResolver resolver = analyzer.expressions(input, false).forSelectList();
    List<NamedExpression> replacements = new ArrayList<>();
    dev.ember.plan.resolved.ResolvedPlan below = input.plan();
    for (int i = 0; i < columns.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (names.same(columns.get(i).name(), columns.get(j).name())) {
          throw SparkErrors.columnAlreadyExists(columns.get(i).name());
        }
      }
      BoundColumn resolved = resolver.resolve(columns.get(i));
      BoundColumn bound = new BoundColumn(windowed.replace(resolved.expression()), resolved.name());
      if (bound.expression() instanceof dev.ember.plan.resolved.Generator generator) {
        var generated = GeneratorPlanning.generate(analyzer, below, generator, columns.get(i));
        replacements.add(ProjectResolver.passThrough(generated.generated().get(0)));
        below = generated;
        continue;
      }
      GeneratorPlanning.rejectNested(bound);
      replacements.add(ProjectResolver.named(analyzer, bound, columns.get(i)));
    }
    List<NamedExpression> output = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (Attribute attribute : input.output()) {
      int replacement = indexOf(names, replacements, attribute.name());
      if (replacement >= 0) {
        output.add(replacements.get(replacement));
        used.add(replacement);
      } else {
        output.add(ProjectResolver.passThrough(attribute));
      }
    }
    for (int i = 0; i < replacements.size(); i++) {
      if (!used.contains(i)) {
        output.add(replacements.get(i));
      }
    }
    return input.withPlan(new Projection(below, output));
  }

  private static int indexOf(NameMatcher names, List<NamedExpression> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (names.same(columns.get(i).attribute().name(), name)) {
        return i;
      }
    }
    return -1;
  }

  static Scope rename(Analyzer analyzer, Scope input, List<Rename> renames) {
    NameMatcher names = analyzer.names();
    List<NamedExpression> output = new ArrayList<>();
    for (Attribute attribute : input.output()) {
      String name = attribute.name();
      for (Rename rename : renames) {
        if (names.same(name, rename.from())) {
          name = rename.to();
        }
      }
      output.add(name.equals(attribute.name()) ? ProjectResolver.passThrough(attribute)
          : new NamedExpression(new ColumnReference(attribute),
              analyzer.newAttribute(name, attribute.dataType(), attribute.nullable())));
    }
    return input.withPlan(new Projection(input.plan(), output));
  }

  static Scope drop(Analyzer analyzer, Scope input, Drop drop) {
    NameMatcher names = analyzer.names();
    Set<Long> dropped = new HashSet<>();
    for (String name : drop.columnNames()) {
      input.output().stream().filter(attribute -> names.same(attribute.name(), name))
          .forEach(attribute -> dropped.add(attribute.id()));
    }
    ExpressionResolver resolver = analyzer.expressions(input, false);
    for (Expression column : drop.columns()) {
      dropTarget(resolver, column).ifPresent(dropped::add);
    }
    List<NamedExpression> output = input.output().stream()
        .filter(attribute -> !dropped.contains(attribute.id()))
        .map(ProjectResolver::passThrough)
        .toList();
    return input.withPlan(new Projection(input.plan(), output));
  }

  /**
   * The column a {@code drop(Column)} names. As Spark's ResolveDataFrameDropColumns, a column that no
   * longer resolves (e.g. {@code df1.col("b")} after {@code withColumn("b", ...)} replaced it) drops
   * nothing; any other error is the user's.
   */
  private static java.util.Optional<Long> dropTarget(ExpressionResolver resolver, Expression column) {
    try {
      return resolver.resolve(column).expression() instanceof ColumnReference reference
          ? java.util.Optional.of(reference.attribute().id()) : java.util.Optional.empty();
    } catch (EmberException unresolved) {
      String condition = unresolved.errorClass();
      if (condition != null && (condition.equals("CANNOT_RESOLVE_DATAFRAME_COLUMN")
          || condition.startsWith("UNRESOLVED_COLUMN"))) {
        return java.util.Optional.empty();
      }
      throw unresolved;
    }
  }

  static Scope toDF(Analyzer analyzer, Scope input, List<String> columnNames) {
    List<Attribute> attributes = input.output();
    if (attributes.size() != columnNames.size()) {
      throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "_LEGACY_ERROR_TEMP_3099", null,
          "The number of columns doesn't match.\nOld column names (" + attributes.size() + "): "
              + String.join(", ", attributes.stream().map(Attribute::name).toList())
              + "\nNew column names (" + columnNames.size() + "): " + String.join(", ", columnNames),
          Map.of());
    }
    List<NamedExpression> output = new ArrayList<>();
    for (int i = 0; i < attributes.size(); i++) {
      Attribute attribute = attributes.get(i);
      output.add(new NamedExpression(new ColumnReference(attribute),
          analyzer.newAttribute(columnNames.get(i), attribute.dataType(), attribute.nullable())
              .withDeclaredType(attribute.declaredType())));
    }
    return input.withPlan(new Projection(input.plan(), output));
  }

  static Scope alias(Scope input, String alias) {
    return alias(input, List.of(alias));
  }

  /** The input's columns qualified by {@code qualifier} ({@code [t]}, or a table's {@code [spark_catalog, db, t]}). */
  static Scope alias(Scope input, List<String> qualifier) {
    return alias(input, qualifier, List.of());
  }

  /**
   * {@link #alias}, passing on the input's hidden file metadata columns qualified and still hidden
   * ({@code t._metadata.file_name}), as Spark's SubqueryAlias passes on its child's metadata output.
   */
  static Scope aliasWithMetadata(Analyzer analyzer, Scope input, List<String> qualifier) {
    return alias(input, qualifier, FileMetadataColumns.carried(analyzer, input));
  }

  /** The input's columns, then the {@code hidden} ones (still hidden), qualified by {@code qualifier}. */
  private static Scope alias(Scope input, List<String> qualifier, List<Attribute> hidden) {
    List<NamedExpression> output = new java.util.ArrayList<>();
    for (Attribute attribute : input.output()) {
      output.add(new NamedExpression(new ColumnReference(attribute), attribute.withQualifier(qualifier)));
    }
    for (Attribute attribute : hidden) {
      output.add(new NamedExpression(new ColumnReference(attribute), attribute.withQualifier(qualifier)));
    }
    Scope aliased = input.withPlan(new Projection(input.plan(), output));
    return hidden.isEmpty() ? aliased
        : aliased.withHidden(hidden.stream().map(Attribute::id).collect(java.util.stream.Collectors.toSet()));
  }
}
