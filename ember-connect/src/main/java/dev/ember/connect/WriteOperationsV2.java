package dev.ember.connect;

import dev.ember.plan.command.MergeIntoTable;
import dev.ember.plan.command.WriteToTable;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.logical.LogicalPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.connect.proto.MergeIntoTableCommand;
import org.apache.spark.connect.proto.WriteOperationV2;

/**
 * {@code df.writeTo(table)...} ({@code WriteOperationV2}) and {@code df.mergeInto(table, condition)...merge()}
 * ({@code MergeIntoTableCommand}) as the client sends them: the {@link WriteToTable} and {@link MergeIntoTable}
 * commands.
 */
final class WriteOperationsV2 {
  private WriteOperationsV2() {
  }

  static WriteToTable write(WriteOperationV2 write, LogicalPlan input) {
    List<String> partitionColumns = new ArrayList<>();
    for (org.apache.spark.connect.proto.Expression column : write.getPartitioningColumnsList()) {
      Expression translated = ExpressionTranslator.translate(column);
      if (!(translated instanceof UnresolvedAttribute attribute)) {
        throw dev.ember.plan.errors.SparkErrors.unsupportedCall("partitionedBy", "DataFrameWriterV2",
            "Ember partitions a table by its columns only, not by transforms.");
      }
      partitionColumns.add(String.join(".", attribute.nameParts()));
    }
    if (write.getClusteringColumnsCount() > 0) {
      throw dev.ember.plan.errors.SparkErrors.unsupportedCall("clusterBy", "DataFrameWriterV2",
          "Ember does not support it yet.");
    }
    return new WriteToTable(Identifiers.parseAttributeName(write.getTableName()), input, mode(write.getMode()),
        write.hasProvider() ? Optional.of(write.getProvider()) : Optional.empty(), partitionColumns,
        write.getTablePropertiesMap(), write.getOptionsMap(),
        write.hasOverwriteCondition() ? Optional.of(ExpressionTranslator.translate(write.getOverwriteCondition()))
            : Optional.empty());
  }

  private static WriteToTable.Mode mode(WriteOperationV2.Mode mode) {
    return switch (mode) {
      case MODE_CREATE -> WriteToTable.Mode.CREATE;
      case MODE_REPLACE -> WriteToTable.Mode.REPLACE;
      case MODE_CREATE_OR_REPLACE -> WriteToTable.Mode.CREATE_OR_REPLACE;
      case MODE_APPEND -> WriteToTable.Mode.APPEND;
      case MODE_OVERWRITE -> WriteToTable.Mode.OVERWRITE;
      case MODE_OVERWRITE_PARTITIONS -> WriteToTable.Mode.OVERWRITE_PARTITIONS;
      default -> throw invalid("the write mode " + mode + " is not supported");
    };
  }

  static MergeIntoTable merge(MergeIntoTableCommand merge, LogicalPlan source) {
    return new MergeIntoTable(Identifiers.parseAttributeName(merge.getTargetTableName()), Optional.empty(), source,
        ExpressionTranslator.translate(merge.getMergeCondition()), actions(merge.getMatchActionsList()),
        actions(merge.getNotMatchedActionsList()), actions(merge.getNotMatchedBySourceActionsList()),
        merge.getWithSchemaEvolution());
  }

  private static List<MergeIntoTable.Action> actions(List<org.apache.spark.connect.proto.Expression> actions) {
    List<MergeIntoTable.Action> translated = new ArrayList<>();
    for (org.apache.spark.connect.proto.Expression expression : actions) {
      if (!expression.hasMergeAction()) {
        throw invalid("a merge clause must be a merge action, not " + expression.getExprTypeCase());
      }
      org.apache.spark.connect.proto.MergeAction action = expression.getMergeAction();
      List<MergeIntoTable.Assignment> assignments = new ArrayList<>();
      for (org.apache.spark.connect.proto.MergeAction.Assignment assignment : action.getAssignmentsList()) {
        Expression key = ExpressionTranslator.translate(assignment.getKey());
        if (!(key instanceof UnresolvedAttribute column)) {
          throw invalid("a merge assignment's key must be a column");
        }
        assignments.add(new MergeIntoTable.Assignment(column.nameParts(),
            ExpressionTranslator.translate(assignment.getValue())));
      }
      translated.add(new MergeIntoTable.Action(type(action.getActionType()),
          action.hasCondition() ? Optional.of(ExpressionTranslator.translate(action.getCondition())) : Optional.empty(),
          assignments));
    }
    return translated;
  }

  private static MergeIntoTable.ActionType type(org.apache.spark.connect.proto.MergeAction.ActionType type) {
    return switch (type) {
      case ACTION_TYPE_DELETE -> MergeIntoTable.ActionType.DELETE;
      case ACTION_TYPE_INSERT -> MergeIntoTable.ActionType.INSERT;
      case ACTION_TYPE_INSERT_STAR -> MergeIntoTable.ActionType.INSERT_STAR;
      case ACTION_TYPE_UPDATE -> MergeIntoTable.ActionType.UPDATE;
      case ACTION_TYPE_UPDATE_STAR -> MergeIntoTable.ActionType.UPDATE_STAR;
      default -> throw invalid("the merge action " + type + " is not supported");
    };
  }

  /** Spark's server raises InvalidPlanInput, which reaches the client without an error class. */
  private static dev.ember.plan.errors.EmberException invalid(String reason) {
    return dev.ember.plan.errors.EmberException.withoutErrorClass(dev.ember.plan.errors.ErrorKind.JAVA_ILLEGAL_ARGUMENT,
        reason);
  }
}
