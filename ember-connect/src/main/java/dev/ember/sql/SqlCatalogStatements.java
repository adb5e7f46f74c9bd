package dev.ember.sql;

import dev.ember.plan.command.AlterTable;
import dev.ember.plan.command.Command;
import dev.ember.plan.command.CreateNamespace;
import dev.ember.plan.command.CreateTableLike;
import dev.ember.plan.command.CreateView;
import dev.ember.plan.command.DescribeTable;
import dev.ember.plan.command.DropNamespace;
import dev.ember.plan.command.DropTable;
import dev.ember.plan.command.RefreshTable;
import dev.ember.plan.command.ShowCreateTable;
import dev.ember.plan.command.ShowNamespaces;
import dev.ember.plan.command.ShowTableProperties;
import dev.ember.plan.command.TruncateTable;
import dev.ember.plan.types.StructField;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * The statements over the persistent catalog: databases (CREATE / DROP / SHOW), tables (CREATE TABLE is
 * {@link SqlCreateTables}'s), persistent views, DESCRIBE, SHOW CREATE TABLE, SHOW TBLPROPERTIES, ALTER TABLE, TRUNCATE,
 * REFRESH, ANALYZE. Empty for any other statement.
 */
final class SqlCatalogStatements {
  private final ExpressionBuilder expressions;
  private final QueryBuilder queries;
  private final SqlCreateTables createTables;
  private final SqlInserts inserts;

  SqlCatalogStatements(ExpressionBuilder expressions, QueryBuilder queries) {
    this.expressions = expressions;
    this.queries = queries;
    this.createTables = new SqlCreateTables(expressions, queries);
    this.inserts = new SqlInserts(expressions, queries);
  }

  Optional<Command> command(SqlBaseParser.StatementContext statement) {
    if (statement instanceof SqlBaseParser.DmlStatementContext) {
      return inserts.command(statement);
    }
    if (statement instanceof SqlBaseParser.CreateNamespaceContext create) {
      return Optional.of(new CreateNamespace(name(create.identifierReference()), create.EXISTS() != null,
          create.commentSpec().stream().findFirst().map(comment -> SqlLiterals.string(comment.stringLit())),
          create.locationSpec().stream().findFirst().map(location -> SqlLiterals.string(location.stringLit())),
          namespaceProperties(create)));
    }
    if (statement instanceof SqlBaseParser.SetNamespaceCollationContext alter) {
      return Optional.of(new dev.ember.plan.command.AlterNamespaceCollation(name(alter.identifierReference()),
          alter.collationSpec().collationName.getText()));
    }
    if (statement instanceof SqlBaseParser.DescribeNamespaceContext describe) {
      return Optional.of(new dev.ember.plan.command.DescribeNamespace(name(describe.identifierReference()),
          describe.EXTENDED() != null));
    }
    if (statement instanceof SqlBaseParser.DropNamespaceContext drop) {
      return Optional.of(new DropNamespace(name(drop.identifierReference()), drop.EXISTS() != null,
          drop.CASCADE() != null));
    }
    if (statement instanceof SqlBaseParser.ShowNamespacesContext show && show.multipartIdentifier() == null) {
      return Optional.of(new ShowNamespaces(Optional.ofNullable(show.pattern).map(SqlLiterals::string)));
    }
    if (statement instanceof SqlBaseParser.CreateTableContext create) {
      return Optional.of(createTables.create(create));
    }
    if (statement instanceof SqlBaseParser.ReplaceTableContext replace) {
      return Optional.of(createTables.replace(replace));
    }
    if (statement instanceof SqlBaseParser.CallContext call) {
      return Optional.of(new dev.ember.plan.command.CallProcedure(name(call.identifierReference()),
          call.functionArgument().stream().map(argument -> SqlNamedArguments.argument(expressions, argument)).toList()));
    }
    if (statement instanceof SqlBaseParser.CreateTableLikeContext like) {
      return Optional.of(new CreateTableLike(name(like.target), name(like.source), like.EXISTS() != null,
          like.tableProvider().stream().findFirst().map(provider -> provider.multipartIdentifier().getText()),
          like.locationSpec().stream().findFirst().map(location -> SqlLiterals.string(location.stringLit())),
          like.tableProps == null ? java.util.Map.of() : SqlProperties.of(like.tableProps)));
    }
    if (statement instanceof SqlBaseParser.DropTableContext drop) {
      return Optional.of(new DropTable(name(drop.identifierReference()), drop.EXISTS() != null, drop.PURGE() != null));
    }
    if (statement instanceof SqlBaseParser.CreateViewContext view && view.TEMPORARY() == null
        && view.PARTITIONED().isEmpty() && view.collationSpec().size() <= 1) {
      Optional<List<String>> columns = view.identifierCommentList() == null ? Optional.empty()
          : Optional.of(view.identifierCommentList().identifierComment().stream()
              .map(column -> column.identifier().getText()).toList());
      java.util.Map<String, String> comments = new java.util.HashMap<>();
      if (view.identifierCommentList() != null) {
        view.identifierCommentList().identifierComment().stream().filter(column -> column.commentSpec() != null)
            .forEach(column -> comments.put(column.identifier().getText(),
                SqlLiterals.string(column.commentSpec().stringLit())));
      }
      return Optional.of(new CreateView(name(view.identifierReference()), columns, comments,
          withDefaultCollation(expressions.origins().wrap(queries.query(view.query())), view.collationSpec()),
          expressions.source(view.query()),
          view.REPLACE() != null, view.EXISTS() != null,
          view.commentSpec().stream().findFirst().map(comment -> SqlLiterals.string(comment.stringLit())),
          view.propertyList().isEmpty() ? java.util.Map.of() : SqlProperties.of(view.propertyList(0)),
          view.schemaBinding().stream().findFirst().map(SqlCatalogStatements::schemaMode)));
    }
    if (statement instanceof SqlBaseParser.DescribeRelationContext describe && describe.JSON() != null
        && describe.describeColName() != null) {
      throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.PARSE,
          "UNSUPPORTED_FEATURE.DESC_TABLE_COLUMN_JSON", "0A000",
          "The feature is not supported: DESC TABLE COLUMN AS JSON not supported for individual columns.",
          java.util.Map.of());
    }
    if (statement instanceof SqlBaseParser.DescribeRelationContext describe && describe.JSON() != null
        && describe.option == null) {
      String table = describe.identifierReference().getText();
      throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.PARSE,
          "DESCRIBE_JSON_NOT_EXTENDED", "0A000", "DESCRIBE TABLE ... AS JSON "
          + "only supported when [EXTENDED|FORMATTED] is specified. For example: DESCRIBE EXTENDED " + table
          + " AS JSON is supported but DESCRIBE " + table + " AS JSON is not.", java.util.Map.of("tableName", table));
    }
    if (statement instanceof SqlBaseParser.DescribeRelationContext describe && describe.partitionSpec() == null
        && describe.describeColName() != null && describe.JSON() == null) {
      return Optional.of(new dev.ember.plan.command.DescribeColumn(name(describe.identifierReference()),
          describe.describeColName().nameParts.stream().map(part -> part.identifier().getText()).toList(),
          describe.option != null));
    }
    if (statement instanceof SqlBaseParser.DescribeRelationContext describe
        && describe.describeColName() == null && describe.JSON() == null) {
      return Optional.of(new DescribeTable(name(describe.identifierReference()), describe.option != null,
          Optional.ofNullable(describe.partitionSpec()).map(this::describedPartition)));
    }
    if (statement instanceof SqlBaseParser.ShowTableExtendedContext show) {
      return Optional.of(new dev.ember.plan.command.ShowTableExtended(
          Optional.ofNullable(show.ns).map(this::name), SqlLiterals.string(show.pattern),
          Optional.ofNullable(show.partitionSpec()).map(this::describedPartition)));
    }
    if (statement instanceof SqlBaseParser.ShowCreateTableContext show) {
      return Optional.of(new ShowCreateTable(name(show.identifierReference()), show.SERDE() != null));
    }
    if (statement instanceof SqlBaseParser.ShowTblPropertiesContext show) {
      return Optional.of(new ShowTableProperties(name(show.table),
          Optional.ofNullable(show.key).map(SqlProperties::key)));
    }
    if (statement instanceof SqlBaseParser.ShowColumnsContext show) {
      List<String> table = name(show.table);
      List<String> qualified = show.ns == null ? table : java.util.stream.Stream.concat(
          show.ns.errorCapturingIdentifier().stream().map(part -> part.identifier().getText()),
          java.util.stream.Stream.of(table.get(table.size() - 1))).toList();
      return Optional.of(new dev.ember.plan.command.ShowColumns(qualified));
    }
    if (statement instanceof SqlBaseParser.SetCatalogContext set) {
      return setCatalog(set);
    }
    if (statement instanceof SqlBaseParser.ShowPartitionsContext show && show.partitionSpec() == null) {
      return Optional.of(new dev.ember.plan.command.ShowPartitions(name(show.identifierReference()),
          "SHOW PARTITIONS"));
    }
    if (statement instanceof SqlBaseParser.RecoverPartitionsContext recover) {
      return Optional.of(new dev.ember.plan.command.RecoverPartitions(name(recover.identifierReference()), true, false,
          "ALTER TABLE ... RECOVER PARTITIONS", "ALTER TABLE RECOVER PARTITIONS"));
    }
    if (statement instanceof SqlBaseParser.RepairTableContext repair) {
      String option = repair.option == null ? "ADD" : repair.option.getText().toUpperCase(java.util.Locale.ROOT);
      return Optional.of(new dev.ember.plan.command.RecoverPartitions(name(repair.identifierReference()),
          !option.equals("DROP"), !option.equals("ADD"), "MSCK REPAIR TABLE", "MSCK REPAIR TABLE"));
    }
    if (statement instanceof SqlBaseParser.TruncateTableContext truncate && truncate.partitionSpec() == null) {
      return Optional.of(new TruncateTable(name(truncate.identifierReference()), "TRUNCATE TABLE"));
    }
    if (statement instanceof SqlBaseParser.RefreshTableContext refresh) {
      return Optional.of(new RefreshTable(name(refresh.identifierReference()), false));
    }
    if (statement instanceof SqlBaseParser.AnalyzeContext analyze) {
      return Optional.of(new RefreshTable(name(analyze.identifierReference()), true));
    }
    return alter(statement);
  }

  /**
   * DESCRIBE's and SHOW TABLE EXTENDED's PARTITION (...): every column given a value (Spark's parser refuses
   * {@code PARTITION (c)}).
   */
  private java.util.Map<String, dev.ember.plan.expressions.Expression> describedPartition(
      SqlBaseParser.PartitionSpecContext spec) {
    java.util.Map<String, dev.ember.plan.expressions.Expression> values = new java.util.LinkedHashMap<>();
    inserts.partition(spec).forEach((column, value) -> values.put(column, value.orElseThrow(
        () -> new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.PARSE,
            "INVALID_SQL_SYNTAX.EMPTY_PARTITION_VALUE", "42000", "Invalid SQL syntax: Partition key `" + column
                + "` must set value.", java.util.Map.of("partKey", "`" + column + "`")))));
    return values;
  }

  /**
   * {@code SET CATALOG name} or {@code SET CATALOG 'name'}: a one-part name; other expressions are left to the
   * caller's refusal.
   */
  private Optional<Command> setCatalog(SqlBaseParser.SetCatalogContext set) {
    dev.ember.plan.expressions.Expression name = expressions.expression(set.expression());
    if (name instanceof dev.ember.plan.expressions.UnresolvedAttribute attribute && attribute.nameParts().size() == 1) {
      return Optional.of(new dev.ember.plan.command.SetCatalog(attribute.nameParts().get(0)));
    }
    if (name instanceof dev.ember.plan.expressions.Literal literal && literal.value() instanceof String text
        && dev.ember.plan.expressions.Identifiers.parseAttributeName(text).size() == 1) {
      return Optional.of(new dev.ember.plan.command.SetCatalog(
          dev.ember.plan.expressions.Identifiers.parseAttributeName(text).get(0)));
    }
    return Optional.empty();
  }

  private Optional<Command> alter(SqlBaseParser.StatementContext statement) {
    if (statement instanceof SqlBaseParser.AddTablePartitionContext add && add.VIEW() == null
        && add.partitionSpecLocation().stream().allMatch(spec -> spec.locationSpec() == null)) {
      return Optional.of(new dev.ember.plan.command.AlterPartitions(name(add.identifierReference()),
          add.partitionSpecLocation().stream().map(spec -> inserts.partition(spec.partitionSpec())).toList(), false,
          add.EXISTS() != null));
    }
    if (statement instanceof SqlBaseParser.RenameTablePartitionContext rename) {
      return Optional.of(new dev.ember.plan.command.RenamePartition(name(rename.identifierReference()),
          inserts.partition(rename.from), inserts.partition(rename.to)));
    }
    if (statement instanceof SqlBaseParser.DropTablePartitionsContext drop && drop.VIEW() == null) {
      return Optional.of(new dev.ember.plan.command.AlterPartitions(name(drop.identifierReference()),
          drop.partitionSpec().stream().map(inserts::partition).toList(), true, drop.EXISTS() != null));
    }
    if (statement instanceof SqlBaseParser.RenameTableContext rename) {
      return Optional.of(new AlterTable(name(rename.from), rename.VIEW() != null, new AlterTable.Rename(
          rename.to.errorCapturingIdentifier().stream().map(part -> part.identifier().getText()).toList())));
    }
    if (statement instanceof SqlBaseParser.SetTablePropertiesContext set) {
      return Optional.of(new AlterTable(name(set.identifierReference()), set.VIEW() != null,
          new AlterTable.SetProperties(SqlProperties.of(set.propertyList()))));
    }
    if (statement instanceof SqlBaseParser.SetTableSerDeContext serde && serde.stringLit() == null
        && serde.partitionSpec() == null) {
      return Optional.of(new AlterTable(name(serde.identifierReference()), false,
          new AlterTable.SetStorageProperties(SqlProperties.of(serde.propertyList()))));
    }
    if (statement instanceof SqlBaseParser.UnsetTablePropertiesContext unset) {
      return Optional.of(new AlterTable(name(unset.identifierReference()), unset.VIEW() != null,
          new AlterTable.UnsetProperties(SqlProperties.keys(unset.propertyList()), unset.EXISTS() != null)));
    }
    if (statement instanceof SqlBaseParser.AlterTableAlterColumnContext alter
        && alter.columns.alterColumnSpec().size() == 1) {
      return Optional.of(new AlterTable(name(alter.table), false, changeColumn(alter,
          alter.columns.alterColumnSpec(0))));
    }
    if (statement instanceof SqlBaseParser.CommentTableContext comment) {
      return Optional.of(new AlterTable(name(comment.identifierReference()), false,
          new AlterTable.SetComment(comment(comment.comment()))));
    }
    if (statement instanceof SqlBaseParser.RenameTableColumnContext rename) {
      return Optional.of(new AlterTable(name(rename.table), false,
          new AlterTable.UnsupportedColumnChange("RENAME COLUMN")));
    }
    if (statement instanceof SqlBaseParser.DropTableColumnsContext drop) {
      return Optional.of(new AlterTable(name(drop.identifierReference()), false,
          new AlterTable.UnsupportedColumnChange("DROP COLUMN")));
    }
    if (statement instanceof SqlBaseParser.AlterViewSchemaBindingContext binding) {
      return Optional.of(new AlterTable(name(binding.identifierReference()), true,
          new AlterTable.ViewSchemaBinding(schemaMode(binding.schemaBinding()))));
    }
    if (statement instanceof SqlBaseParser.AlterViewQueryContext view) {
      return Optional.of(new AlterTable(name(view.identifierReference()), true, new AlterTable.ViewQuery(
          expressions.origins().wrap(queries.query(view.query())), expressions.source(view.query()))));
    }
    if (statement instanceof SqlBaseParser.SetNamespacePropertiesContext set) {
      return Optional.of(new dev.ember.plan.command.AlterNamespace(name(set.identifierReference()),
          SqlProperties.of(set.propertyList()), Optional.empty(), Optional.empty()));
    }
    if (statement instanceof SqlBaseParser.SetNamespaceLocationContext set) {
      return Optional.of(new dev.ember.plan.command.AlterNamespace(name(set.identifierReference()),
          java.util.Map.of(), Optional.of(SqlLiterals.string(set.locationSpec().stringLit())), Optional.empty()));
    }
    if (statement instanceof SqlBaseParser.CommentNamespaceContext comment) {
      return Optional.of(new dev.ember.plan.command.AlterNamespace(name(comment.identifierReference()),
          java.util.Map.of(), Optional.empty(), Optional.of(comment(comment.comment()))));
    }
    if (statement instanceof SqlBaseParser.AddTableColumnsContext add) {
      List<StructField> columns = add.columns.qualifiedColTypeWithPosition().stream()
          .map(column -> new StructField(column.name.getText(), expressions.columnType(column.dataType()),
              column.colDefinitionDescriptorWithPosition().stream().noneMatch(option -> option.NULL() != null)))
          .toList();
      return Optional.of(new AlterTable(name(add.identifierReference()), false, new AlterTable.AddColumns(columns)));
    }
    return Optional.empty();
  }

  /** {@code WITH SCHEMA BINDING | COMPENSATION | EVOLUTION | TYPE EVOLUTION}. */
  private static String schemaMode(SqlBaseParser.SchemaBindingContext binding) {
    if (binding.BINDING() != null) {
      return "BINDING";
    }
    if (binding.COMPENSATION() != null) {
      return "COMPENSATION";
    }
    return binding.TYPE() != null ? "TYPE EVOLUTION" : "EVOLUTION";
  }

  /** One column spec of ALTER|CHANGE COLUMN: a type, a comment or a position (Spark's _LEGACY_ERROR_TEMP_0035 for none). */
  private AlterTable.ChangeColumn changeColumn(SqlBaseParser.AlterTableAlterColumnContext alter,
      SqlBaseParser.AlterColumnSpecContext spec) {
    SqlBaseParser.AlterColumnActionContext action = spec.alterColumnAction();
    if (action == null) {
      String verb = alter.CHANGE() != null ? "CHANGE" : "ALTER";
      String message = "ALTER TABLE table " + verb + " COLUMN requires a TYPE, a SET/DROP, a COMMENT, or a FIRST/AFTER";
      throw expressions.origins().attach(alter, new dev.ember.plan.errors.EmberException(
          dev.ember.plan.errors.ErrorKind.PARSE, "_LEGACY_ERROR_TEMP_0035", null, "Operation not allowed: " + message
              + ".", java.util.Map.of("message", message)));
    }
    if (action.setOrDrop != null || action.dropDefault != null) {
      throw ExpressionBuilder.unsupported(expressions.source(alter));
    }
    List<String> column = spec.column.errorCapturingIdentifier().stream()
        .map(part -> part.identifier().getText()).toList();
    return new AlterTable.ChangeColumn(column,
        Optional.ofNullable(action.dataType()).map(expressions::columnType),
        Optional.ofNullable(action.commentSpec()).map(comment -> SqlLiterals.string(comment.stringLit())),
        action.colPosition() != null);
  }

  /** {@code IS 'text'} or {@code IS NULL}. */
  private static Optional<String> comment(SqlBaseParser.CommentContext comment) {
    return comment.stringLit() == null ? Optional.empty() : Optional.of(SqlLiterals.string(comment.stringLit()));
  }

  private List<String> name(SqlBaseParser.IdentifierReferenceContext reference) {
    return SqlIdentifierClause.nameParts(expressions, reference);
  }

  /** A view's query under its {@code DEFAULT COLLATION}, if it has one. */
  static dev.ember.plan.logical.LogicalPlan withDefaultCollation(dev.ember.plan.logical.LogicalPlan query,
      List<SqlBaseParser.CollationSpecContext> collation) {
    return collation.isEmpty() ? query
        : new dev.ember.plan.logical.DefaultCollation(query, collation.get(0).collationName.getText());
  }

  /** A schema's properties; its DEFAULT COLLATION is the reserved property {@code collation}, as Spark keeps it. */
  private static java.util.Map<String, String> namespaceProperties(SqlBaseParser.CreateNamespaceContext create) {
    java.util.Map<String, String> properties = new java.util.LinkedHashMap<>(
        create.propertyList().isEmpty() ? java.util.Map.of() : SqlProperties.of(create.propertyList(0)));
    if (!create.collationSpec().isEmpty()) {
      properties.put(dev.ember.catalog.CatalogDatabase.COLLATION, create.collationSpec(0).collationName.getText());
    }
    return properties;
  }
}
