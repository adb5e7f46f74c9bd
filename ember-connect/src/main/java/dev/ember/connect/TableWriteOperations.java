package dev.ember.connect;

import dev.ember.plan.command.Command;
import dev.ember.plan.command.InsertInto;
import dev.ember.plan.command.SaveAsTable;
import dev.ember.plan.command.SaveMode;
import dev.ember.plan.logical.LogicalPlan;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.connect.proto.WriteOperation;

/**
 * {@code df.write().saveAsTable(name)} and {@code df.write().insertInto(name)} as the client sends them (a
 * {@code WriteOperation} with a table): the {@link SaveAsTable} and {@link InsertInto} commands.
 */
final class TableWriteOperations {
  private TableWriteOperations() {
  }

  static Command command(WriteOperation write, LogicalPlan input, SaveMode mode) {
    // as Spark's server: parseMultipartIdentifier, so a text that is no table name is a parse error
    java.util.List<String> name = dev.ember.sql.SqlParser.tableName(write.getTable().getTableName());
    if (write.getTable().getSaveMethod() == WriteOperation.SaveTable.TableSaveMethod.TABLE_SAVE_METHOD_INSERT_INTO) {
      return new InsertInto(name, input, mode == SaveMode.OVERWRITE, Map.of(), Optional.empty());
    }
    return new SaveAsTable(name, input, mode, write.hasSource() ? Optional.of(write.getSource()) : Optional.empty(),
        write.getOptionsMap(), write.getPartitioningColumnsList());
  }
}
