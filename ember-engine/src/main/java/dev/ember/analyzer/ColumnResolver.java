package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.ColumnReference;
import java.util.List;
import java.util.Map;

/**
 * Column names against one scope: plain and qualified names, {@code df.col(...)} through plan ids,
 * nested struct fields, stars and regular expressions; Spark's errors and suggestions when a name
 * does not resolve.
 */
final class ColumnResolver {
  private final Scope scope;
  private final NameMatcher names;
  /** The enclosing queries' scopes when this scope is a subquery's, innermost first. */
  private final List<OuterScopes.Frame> outer;
  private final VariableReferences variables;
  /** The scope's visible columns, and all its plan's, read once: a join's output is built anew at each call. */
  private List<Attribute> visibleColumns;
  private List<Attribute> planColumns;

  ColumnResolver(Scope scope, NameMatcher names, List<OuterScopes.Frame> outer) {
    this(scope, names, outer, VariableReferences.NONE);
  }

  ColumnResolver(Scope scope, NameMatcher names, List<OuterScopes.Frame> outer, VariableReferences variables) {
    this.scope = scope;
    this.names = names;
    this.outer = outer;
    this.variables = variables;
  }

  private List<Attribute> visibleOutput() {
    if (visibleColumns == null) {
      visibleColumns = scope.output();
    }
    return visibleColumns;
  }

  private List<Attribute> planOutput() {
    if (planColumns == null) {
      planColumns = scope.plan().output();
    }
    return planColumns;
  }

  /** Expands {@code *}, {@code t.*} or {@code df.col("*")} to the columns it stands for. */
  List<Attribute> expandStar(UnresolvedStar star) {
    if (star.planId().isPresent()) {
      return attributesOfPlan(star.planId().getAsLong(), "*").stream()
          .map(attribute -> scope.current(attribute).orElseThrow(() -> cannotResolveDataFrameColumn("*")))
          .toList();
    }
    if (star.target().isEmpty()) {
      return visibleOutput();
    }
    List<Attribute> matches = visibleOutput().stream()
        .filter(attribute -> qualifierEndsWith(attribute.qualifier(), star.target()))
        .toList();
    List<Attribute> hidden = hidden().stream()
        .filter(attribute -> qualifierEndsWith(attribute.qualifier(), star.target()))
        .toList();
    if (!hidden.isEmpty()) {
      // a USING join hides the right side's keys, which t.* still stands for, in the side's column order
      List<Attribute> all = new java.util.ArrayList<>(matches);
      all.addAll(hidden);
      all.sort(java.util.Comparator.comparingLong(Attribute::id));
      matches = all;
    }
    if (matches.isEmpty()) {
      String target = Identifiers.quoteNameParts(star.target());
      throw new EmberException(ErrorKind.ANALYSIS, "CANNOT_RESOLVE_STAR_EXPAND", "42704",
          "Cannot resolve " + target + ".* given input columns " + columnList() + ".",
          Map.of("targetString", target, "columns", columnList()));
    }
    return matches;
  }

  /**
   * {@code s.*} where {@code s} names no table of the input but a struct column (or a struct field of one, {@code
   * s.inner.*}; a hidden metadata column too): its fields, each named by its field, as Spark's star expansion of a
   * struct. Empty when the target is a table's qualifier or names no column; {@code _LEGACY_ERROR_TEMP_1050} for a
   * column that is no struct.
   */
  List<BoundColumn> expandStructStar(UnresolvedStar star) {
    if (star.target().isEmpty() || star.planId().isPresent()) {
      return List.of();
    }
    List<Attribute> all = planOutput();
    if (all.stream().anyMatch(attribute -> qualifierEndsWith(attribute.qualifier(), star.target()))) {
      return List.of();
    }
    BoundColumn base = structStarTarget(star.target(), visibleOutput());
    if (base == null) {
      base = structStarTarget(star.target(), hidden());
    }
    if (base == null) {
      return List.of();
    }
    if (!(base.expression().dataType() instanceof dev.ember.plan.types.StructType struct)) {
      String attributes = "List(" + String.join(", ", star.target()) + ")"; // the Scala list Spark prints
      throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1050", null,
          "Can only star expand struct data types. Attribute: `" + attributes + "`.",
          Map.of("attributes", attributes));
    }
    List<BoundColumn> fields = new java.util.ArrayList<>();
    boolean nullable = nullable(base.expression());
    for (dev.ember.plan.types.StructField field : struct.fields()) {
      fields.add(new BoundColumn(new dev.ember.plan.resolved.FieldAccess(base.expression(), field.name(),
          field.dataType(), nullable || field.nullable()), field.name()));
    }
    return fields;
  }

  /**
   * A name whose longest prefix naming one column reads a field its struct does not have: Spark's FIELD_NOT_FOUND
   * (with the struct's fields), rather than an unresolved column.
   */
  private void requireFieldsExist(List<String> nameParts, List<Attribute> candidates) {
    for (int prefix = nameParts.size() - 1; prefix >= 1; prefix--) {
      List<Attribute> matches = names.find(nameParts.subList(0, prefix), candidates);
      if (matches.size() != 1) {
        continue;
      }
      dev.ember.plan.types.DataType type = matches.get(0).dataType();
      for (String fieldName : nameParts.subList(prefix, nameParts.size())) {
        if (!(type instanceof dev.ember.plan.types.StructType struct)) {
          return;
        }
        java.util.Optional<dev.ember.plan.types.StructField> field = struct.fields().stream()
            .filter(candidate -> names.same(candidate.name(), fieldName)).findFirst();
        if (field.isEmpty()) {
          String fields = String.join(", ", struct.fields().stream()
              .map(candidate -> dev.ember.plan.expressions.Identifiers.quote(candidate.name())).toList());
          String quoted = dev.ember.plan.expressions.Identifiers.quote(fieldName);
          throw new EmberException(ErrorKind.ANALYSIS, "FIELD_NOT_FOUND", "42704",
              "No such struct field " + quoted + " in " + fields + ".", Map.of("fieldName", quoted, "fields", fields));
        }
        type = field.get().dataType();
      }
      return;
    }
  }

  /** {@code s.a.b}: the column's name and the fields read, as Spark's toPrettySQL writes a field access. */
  static String prettyPath(BoundExpression value) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    BoundExpression current = value;
    while (current instanceof dev.ember.plan.resolved.FieldAccess access) {
      parts.addFirst(access.fieldName());
      current = access.child();
    }
    if (current instanceof ColumnReference reference) {
      parts.addFirst(reference.attribute().name());
    }
    return String.join(".", parts);
  }

  private BoundColumn structStarTarget(List<String> target, List<Attribute> candidates) {
    List<Attribute> matches = names.find(target, candidates);
    if (matches.size() == 1) {
      return new BoundColumn(new ColumnReference(matches.get(0)), matches.get(0).name());
    }
    return target.size() > 1 ? resolveNestedField(target, candidates) : null;
  }

  private static boolean nullable(dev.ember.plan.resolved.BoundExpression expression) {
    if (expression instanceof ColumnReference reference) {
      return reference.attribute().nullable();
    }
    return !(expression instanceof dev.ember.plan.resolved.FieldAccess access) || access.nullable();
  }

  /**
   * {@code t.*} naming no input column of this query but a table of the enclosing one (a lateral subquery's
   * {@code SELECT t1.*}, or Spark Connect's {@code col("t1.*").outer()}): that table's columns, read as outer
   * references named by their names, as Spark expands a star against the outer plan when its own input fails.
   * Empty when the star is not such a reference.
   */
  List<BoundColumn> expandOuterStar(UnresolvedStar star) {
    if (star.target().isEmpty() || star.planId().isPresent() || searchedLevels() == 0
        || planOutput().stream().anyMatch(column -> qualifierEndsWith(column.qualifier(), star.target()))) {
      return List.of();
    }
    Scope enclosing = outer.get(0).scope();
    List<BoundColumn> columns = new java.util.ArrayList<>();
    for (Attribute column : enclosing.output()) {
      if (qualifierEndsWith(column.qualifier(), star.target())) {
        Attribute current = enclosing.current(column).orElse(column);
        OuterScopes.record(outer, 0, current, new Object());
        columns.add(new BoundColumn(new dev.ember.plan.resolved.OuterReference(current), current.name()));
      }
    }
    return columns;
  }

  /** {@code colRegex}: the columns (of {@code df} for {@code df.colRegex}) whose names match entirely. */
  List<Attribute> expandRegex(dev.ember.plan.expressions.UnresolvedRegex regex) {
    List<Attribute> candidates = regex.planId().isPresent()
        ? attributesOfPlan(regex.planId().getAsLong(), regex.regex()) : visibleOutput();
    if (!regex.target().isEmpty()) {
      candidates = candidates.stream().filter(attribute -> qualifierEndsWith(attribute.qualifier(), regex.target()))
          .toList();
    }
    java.util.regex.Pattern pattern;
    try {
      // as Spark's UnresolvedRegex: the names match regardless of case unless spark.sql.caseSensitive
      pattern = java.util.regex.Pattern.compile(regex.regex(),
          names.caseSensitive() ? 0 : java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw SparkErrors.unsupported("INVALID_USAGE_OF_STAR_OR_REGEX", "42000",
          "Invalid usage of regular expression '" + regex.regex() + "' in Project.",
          Map.of("elem", "regular expression '" + regex.regex() + "'", "prettyName", "Project"));
    }
    return candidates.stream().filter(attribute -> pattern.matcher(attribute.name()).matches()).toList();
  }

  private boolean qualifierEndsWith(List<String> qualifier, List<String> target) {
    if (target.size() > qualifier.size()) {
      return false;
    }
    for (int i = 0; i < target.size(); i++) {
      if (!names.same(qualifier.get(qualifier.size() - target.size() + i), target.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The input's columns as Spark lists them for a star it cannot expand: their names, without qualifiers. */
  private String columnList() {
    return String.join(", ", visibleOutput().stream()
        .map(attribute -> dev.ember.plan.expressions.Identifiers.quote(attribute.name())).toList());
  }

  BoundColumn resolveAttribute(UnresolvedAttribute attribute) {
    if (attribute.planId().isPresent() && !scope.planIdOutputs().containsKey(attribute.planId().getAsLong())
        && !scope.ambiguousPlanIds().contains(attribute.planId().getAsLong())) {
      // df.col("x") of a DataFrame outside the subquery (Spark Connect's outer(col) or a plain df.col)
      for (int level = 0; level < searchedLevels(); level++) {
        List<Attribute> output = outer.get(level).scope().planIdOutputs().get(attribute.planId().getAsLong());
        if (output != null) {
          return outerColumn(attribute, level, output);
        }
      }
    }
    if (attribute.metadataColumn()) {
      return metadataColumn(attribute);
    }
    List<Attribute> candidates = attribute.planId().isPresent()
        ? attributesOfPlan(attribute.planId().getAsLong(), String.join(".", attribute.nameParts()))
        : visibleOutput();
    List<Attribute> matches = names.find(attribute.nameParts(), candidates);
    if (matches.isEmpty() && attribute.planId().isEmpty() && !scope.hiddenIds().isEmpty()) {
      // as Spark's metadata columns: a USING or NATURAL join's hidden key (nt2.k) when no visible column matches
      matches = names.find(attribute.nameParts(), hidden());
    }
    if (matches.isEmpty() && attribute.nameParts().size() > 1) {
      BoundColumn field = resolveNestedField(attribute.nameParts(), candidates);
      if (field == null && attribute.planId().isEmpty() && !scope.hiddenIds().isEmpty()) {
        field = resolveNestedField(attribute.nameParts(), hidden()); // a field of a hidden metadata column
      }
      if (field != null) {
        return field;
      }
    }
    if (matches.isEmpty() && attribute.planId().isEmpty()) {
      for (int level = 0; level < searchedLevels(); level++) {
        if (!names.find(attribute.nameParts(), outer.get(level).scope().output()).isEmpty()) {
          return outerColumn(attribute, level, outer.get(level).scope().output());
        }
      }
      var variable = variables.resolve(attribute.nameParts(), names);
      if (variable.isPresent()) {
        return variable.get();
      }
    }
    Attribute match = single(attribute, matches);
    if (attribute.planId().isPresent()) {
      // The plan's own version: present (perhaps hidden, perhaps made nullable by an outer join) or an error.
      match = scope.current(match)
          .orElseThrow(() -> cannotResolveDataFrameColumn(String.join(".", attribute.nameParts())));
    }
    // Spark names the column as the reference spells it (col("VALUE") of column Value is VALUE)
    String written = attribute.nameParts().get(attribute.nameParts().size() - 1);
    return new BoundColumn(new ColumnReference(match), names.same(written, match.name()) ? written : match.name());
  }

  private List<Attribute> hidden() {
    return planOutput().stream().filter(column -> scope.hiddenIds().contains(column.id())).toList();
  }

  /**
   * {@code df.metadataColumn(name)}: a hidden metadata column of that name, also where a data column took the name
   * and the metadata column is called {@code __metadata}; UNRESOLVED_COLUMN suggesting the metadata columns otherwise.
   */
  private BoundColumn metadataColumn(UnresolvedAttribute attribute) {
    List<Attribute> hidden = hidden();
    List<Attribute> matches = names.find(attribute.nameParts(), hidden);
    if (matches.isEmpty() && attribute.nameParts().size() == 1) {
      matches = hidden.stream().filter(column -> column.name().startsWith("_")
          && names.same(column.name().replaceFirst("^_+", "_"), attribute.nameParts().get(0))).toList();
    }
    if (matches.isEmpty()) {
      throw SparkErrors.unresolvedColumn(attribute.quotedName(), hidden.stream()
          .map(NameMatcher::quotedWithQualifier).toList());
    }
    return new BoundColumn(new ColumnReference(matches.get(0)), matches.get(0).name());
  }

  /** The one attribute a name matches: UNRESOLVED_COLUMN (suggesting this scope's columns) or AMBIGUOUS_REFERENCE. */
  private Attribute single(UnresolvedAttribute attribute, List<Attribute> matches) {
    if (matches.isEmpty() && attribute.nameParts().size() > 1) {
      List<Attribute> candidates = new java.util.ArrayList<>(visibleOutput());
      candidates.addAll(hidden());
      requireFieldsExist(attribute.nameParts(), candidates);
    }
    if (matches.isEmpty()) {
      List<Attribute> candidates = new java.util.ArrayList<>(visibleOutput());
      candidates.addAll(variables.parameterColumns());
      throw SparkErrors.unresolvedColumn(attribute.quotedName(),
          NameMatcher.suggestions(attribute.nameParts(), candidates));
    }
    if (matches.size() > 1) {
      throw SparkErrors.ambiguousReference(attribute.quotedName(),
          matches.stream().map(NameMatcher::quotedWithQualifier).toList());
    }
    return matches.get(0);
  }

  /**
   * How many enclosing queries a name may come from: the immediately enclosing one, as Spark 4.2 resolves outer
   * references (its nested correlation, spark.sql.optimizer.supportNestedCorrelatedSubqueries.enabled, is off).
   */
  private int searchedLevels() {
    return Math.min(1, outer.size());
  }

  /** A column of the enclosing query at {@code level}, read inside this subquery. */
  private BoundColumn outerColumn(UnresolvedAttribute attribute, int level, List<Attribute> candidates) {
    Attribute found = single(attribute, names.find(attribute.nameParts(), candidates));
    Attribute match = outer.get(level).scope().current(found).orElse(found);
    OuterScopes.record(outer, level, match, attribute);
    // Spark writes an outer column as outer(qualified name); alone in a select list it is named by its name
    List<String> qualified = new java.util.ArrayList<>(match.qualifier());
    qualified.add(match.name());
    return new BoundColumn(new dev.ember.plan.resolved.OuterReference(match),
        "outer(" + String.join(".", qualified) + ")");
  }

  /**
   * {@code a.b.c}: the longest prefix that names a column, then struct fields; named by the last field.
   * Null when the name is not a nested field of the candidates.
   */
  BoundColumn resolveNestedField(List<String> nameParts, List<Attribute> candidates) {
    for (int prefix = nameParts.size() - 1; prefix >= 1; prefix--) {
      List<Attribute> matches = names.find(nameParts.subList(0, prefix), candidates);
      if (matches.size() != 1) {
        continue;
      }
      BoundExpression value = new ColumnReference(matches.get(0));
      for (String fieldName : nameParts.subList(prefix, nameParts.size())) {
        value = StructFields.access(value, fieldName, names);
        if (value == null) {
          break;
        }
      }
      if (value != null) {
        // named as Spark's pretty SQL of the field inside an expression (min(s.a)); a select item of it alone is
        // named by the field (ExpressionResolver.resolveTopLevel)
        return new BoundColumn(value, prettyPath(value));
      }
    }
    return null;
  }

  private List<Attribute> attributesOfPlan(long planId, String name) {
    if (scope.ambiguousPlanIds().contains(planId)) {
      String quoted = Identifiers.quoteNameParts(Identifiers.parseAttributeName(name));
      throw new EmberException(ErrorKind.ANALYSIS, "AMBIGUOUS_COLUMN_REFERENCE", "42702",
          "Column " + quoted + " is ambiguous. It's because you joined several DataFrame together, and some of these "
              + "DataFrames are the same.",
          Map.of("name", quoted));
    }
    List<Attribute> output = scope.planIdOutputs().get(planId);
    if (output == null) {
      throw cannotResolveDataFrameColumn(name);
    }
    return output;
  }

  private static EmberException cannotResolveDataFrameColumn(String name) {
    return new EmberException(ErrorKind.ANALYSIS, "CANNOT_RESOLVE_DATAFRAME_COLUMN", "42704",
        "Cannot resolve dataframe column \"" + name + "\". It's probably because of illegal references like "
            + "`df1.select(df2.col(\"a\"))`.",
        Map.of("name", "\"" + name + "\""));
  }

}
