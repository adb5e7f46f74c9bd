package dev.ember.sqlgen;

import dev.ember.plan.resolved.CombinedRows;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.resolved.InputFileCalls;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlStruct;
import java.util.ArrayList;
import java.util.List;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * input_file_name, input_file_block_start and input_file_block_length. Spark knows a row's file while the task
 * that read it evaluates the row: through projections, filters and UNION ALL, not past an aggregation, join or
 * other exchange (there Spark gives '' and -1). The scans below an operator that asks carry the reader's file name
 * in a column {@link #NAME}, which the projections, filters and unions in between pass on; the calls read it when
 * their input carries it. A file is one block: its start is 0, its length the file's size.
 */
final class InputFileColumn {
  static final String NAME = "ember_input_file";
  /** The analyzer's call for a file source's {@code _metadata} column. */
  static final String METADATA_FUNCTION = "file_metadata";
  private static final ThreadLocal<Boolean> AVAILABLE = ThreadLocal.withInitial(() -> false);

  private InputFileColumn() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("input_file_name", (call, args) -> AVAILABLE.get()
        ? SqlCall.of("ember_file_uri", new SqlColumn(NAME)) : new SqlLiteral("", AtomicType.STRING));
    renderers.put("input_file_block_start", (call, args) -> new SqlLiteral(AVAILABLE.get() ? 0L : -1L,
        AtomicType.LONG));
    renderers.put("input_file_block_length", (call, args) -> AVAILABLE.get()
        ? SqlCall.of("ember_file_size", new SqlColumn(NAME)) : new SqlLiteral(-1L, AtomicType.LONG));
    renderers.put(METADATA_FUNCTION, (call, args) -> AVAILABLE.get() ? metadata((StructType) call.dataType())
        : new SqlCast(new SqlLiteral(null, AtomicType.NULL), DuckDbTypes.of(call.dataType()), false));
  }

  /** A file source's {@code _metadata} struct of the row's file: one block per file, as Spark reads local files. */
  private static SqlExpression metadata(StructType type) {
    SqlColumn file = new SqlColumn(NAME);
    SqlExpression size = SqlCall.of("ember_file_size", file);
    List<SqlStruct.Field> fields = new ArrayList<>(List.of(
        new SqlStruct.Field("file_path", SqlCall.of("ember_file_path", file)),
        new SqlStruct.Field("file_name", SqlCall.of("ember_file_name", file)),
        new SqlStruct.Field("file_size", size),
        new SqlStruct.Field("file_block_start", new SqlLiteral(0L, AtomicType.LONG)),
        new SqlStruct.Field("file_block_length", size),
        new SqlStruct.Field("file_modification_time", SqlCall.of("timezone", new SqlLiteral("UTC", AtomicType.STRING),
            SqlCall.of("make_timestamp", SqlCall.of("ember_file_modified_micros", file))))));
    if (type.fields().size() > fields.size()) {
      fields.add(new SqlStruct.Field("row_index", new SqlCast(new SqlColumn(FileScanToSql.ROW_INDEX_COLUMN), "BIGINT",
          false)));
    }
    return new SqlCast(new SqlStruct(fields), DuckDbTypes.of(type), false);
  }

  /** {@code expressions} rendered where the input carries the file column, or not. */
  static <T> T rendering(boolean available, Supplier<T> render) {
    boolean outer = AVAILABLE.get();
    AVAILABLE.set(available);
    try {
      return render.get();
    } finally {
      AVAILABLE.set(outer);
    }
  }

  /** The plans (by identity) whose rows carry the file column because an operator above asks for it. */
  static Set<ResolvedPlan> carriers(ResolvedPlan root) {
    Set<ResolvedPlan> carriers = Collections.newSetFromMap(new IdentityHashMap<>());
    collect(root, carriers);
    return carriers;
  }

  private static void collect(ResolvedPlan plan, Set<ResolvedPlan> carriers) {
    ResolvedPlan input = PlanChildren.of(plan).size() == 1 ? PlanChildren.of(plan).get(0) : null;
    if (input != null && asks(plan)) {
      need(input, carriers);
    }
    PlanChildren.of(plan).forEach(child -> collect(child, carriers));
  }

  private static void need(ResolvedPlan plan, Set<ResolvedPlan> carriers) {
    if (!canCarry(plan) || !carriers.add(plan)) {
      return;
    }
    if (plan instanceof Projection || plan instanceof Selection || plan instanceof CombinedRows) {
      PlanChildren.of(plan).forEach(child -> need(child, carriers));
    }
  }

  private static boolean canCarry(ResolvedPlan plan) {
    if (plan instanceof FileScan scan) {
      return !scan.files().isEmpty();
    }
    if (plan instanceof Projection projection) {
      return canCarry(projection.input());
    }
    if (plan instanceof Selection selection) {
      return canCarry(selection.input());
    }
    if (plan instanceof CombinedRows combined) {
      return combined.type() == dev.ember.plan.logical.SetOperationType.UNION && combined.all() && canCarry(combined.left())
          && canCarry(combined.right());
    }
    return false;
  }

  private static boolean asks(ResolvedPlan plan) {
    return InputFileCalls.firstIn(plan).isPresent();
  }
}
