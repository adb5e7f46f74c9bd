package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.FieldAccess;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * SQL's {@code * EXCEPT (a, b)} / {@code t.* EXCEPT (...)} / {@code s.* EXCEPT (...)}: the star's columns without the
 * named ones, each of which must be a column (UNRESOLVED_COLUMN), none naming another or a field of another
 * (EXCEPT_OVERLAPPING_COLUMNS). A nested field ({@code * EXCEPT (s.f)}) leaves the struct column without that field,
 * as Spark's star expansion rebuilds it.
 */
final class StarExcept {
  private StarExcept() {
  }

  /** The star's columns as attributes, when no EXCEPT name is a nested field (else by {@link #columns}). */
  static List<Attribute> expand(ExpressionResolver resolver, UnresolvedStar star) {
    List<BoundColumn> columns = columns(resolver, star);
    List<Attribute> attributes = new ArrayList<>();
    for (BoundColumn column : columns) {
      if (!(column.expression() instanceof ColumnReference reference)) {
        throw SparkErrors.unsupportedCall("* EXCEPT of a nested field here", "SQL", "Ember does not support it yet.");
      }
      attributes.add(reference.attribute());
    }
    return attributes;
  }

  /**
   * The star's columns without the EXCEPT ones: a column kept whole is a reference to it, a struct losing nested
   * fields the struct of the rest (named as the column); a struct's star ({@code s.*}) gives its fields.
   */
  static List<BoundColumn> columns(ExpressionResolver resolver, UnresolvedStar star) {
    List<BoundColumn> fields = star.except().isEmpty() ? List.of() : resolver.expandStructStar(star);
    boolean structStar = !fields.isEmpty();
    List<BoundColumn> columns = structStar ? fields : resolver.expandStar(star).stream()
        .map(attribute -> new BoundColumn(new ColumnReference(attribute), attribute.name())).toList();
    if (star.except().isEmpty()) {
      return columns;
    }
    // the column each name removes from (its index; a column the star lacks: below zero, by its id)
    List<Long> targets = new ArrayList<>();
    List<List<String>> paths = new ArrayList<>();
    for (List<String> name : star.except()) {
      if (structStar) {
        int index = indexOf(columns, name.get(0));
        if (index < 0) {
          throw SparkErrors.unresolvedColumn(SparkErrors.toSqlId(String.join(".", name)),
              columns.stream().map(column -> SparkErrors.toSqlId(column.name())).toList());
        }
        targets.add((long) index);
        paths.add(lower(name.subList(1, name.size())));
        continue;
      }
      BoundExpression bound = resolver.resolve(new UnresolvedAttribute(name, OptionalLong.empty())).expression();
      List<String> path = new ArrayList<>();
      while (bound instanceof FieldAccess access) {
        path.add(0, access.fieldName().toLowerCase(Locale.ROOT));
        bound = access.child();
      }
      long id = bound instanceof ColumnReference reference ? reference.attribute().id() : -1;
      int index = -1;
      for (int i = 0; i < columns.size(); i++) {
        if (((ColumnReference) columns.get(i).expression()).attribute().id() == id) {
          index = i;
        }
      }
      targets.add(index >= 0 ? index : -2 - Math.max(id, 0));
      paths.add(path);
    }
    requireDistinct(star, targets, paths);
    List<BoundColumn> kept = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      List<List<String>> removed = new ArrayList<>();
      for (int j = 0; j < targets.size(); j++) {
        if (targets.get(j) == i) {
          removed.add(paths.get(j));
        }
      }
      BoundColumn column = columns.get(i);
      if (removed.isEmpty()) {
        kept.add(column);
      } else if (removed.stream().noneMatch(List::isEmpty)) {
        kept.add(new BoundColumn(without(column.expression(), removed), column.name()));
      }
    }
    return kept;
  }

  /** A struct without the fields at {@code paths} (each non-empty, under it). */
  private static BoundExpression without(BoundExpression struct, List<List<String>> paths) {
    StructType type = (StructType) struct.dataType();
    List<BoundExpression> values = new ArrayList<>();
    List<StructField> fields = new ArrayList<>();
    for (StructField field : type.fields()) {
      String name = field.name().toLowerCase(Locale.ROOT);
      List<List<String>> under = paths.stream().filter(path -> path.get(0).equals(name))
          .map(path -> path.subList(1, path.size())).toList();
      if (under.stream().anyMatch(List::isEmpty)) {
        continue;
      }
      BoundExpression value = new FieldAccess(struct, field.name(), field.dataType(),
          struct.nullable() || field.nullable());
      if (!under.isEmpty()) {
        value = without(value, under);
      }
      values.add(value);
      fields.add(new StructField(field.name(), value.dataType(), value.nullable()));
    }
    if (fields.isEmpty()) {
      throw SparkErrors.unsupportedCall("* EXCEPT of every field of a struct", "SQL",
          "Ember does not support a struct of no fields yet.");
    }
    return new Call("struct", values, new StructType(fields), false);
  }

  private static void requireDistinct(UnresolvedStar star, List<Long> targets, List<List<String>> paths) {
    for (int i = 0; i < targets.size(); i++) {
      for (int j = 0; j < targets.size(); j++) {
        if (i != j && targets.get(i).equals(targets.get(j)) && startsWith(paths.get(j), paths.get(i))) {
          String list = star.except().stream().map(name -> String.join(".", name)).collect(Collectors.joining(", "));
          throw new EmberException(ErrorKind.ANALYSIS, "EXCEPT_OVERLAPPING_COLUMNS", "42702",
              "Columns in an EXCEPT list must be distinct and non-overlapping, but got (" + list + ").",
              Map.of("columns", list));
        }
      }
    }
  }

  private static boolean startsWith(List<String> path, List<String> prefix) {
    return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
  }

  private static int indexOf(List<BoundColumn> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> lower(List<String> names) {
    return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
  }
}
