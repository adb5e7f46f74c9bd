package dev.ember.sql;

import dev.ember.plan.command.CreateTable;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code CREATE TABLE name [(columns)] USING provider [OPTIONS] [PARTITIONED BY] [LOCATION] [COMMENT] [TBLPROPERTIES]
 * [AS query]}, and {@code [CREATE OR] REPLACE TABLE}: Spark's data source tables. Hive's forms (STORED AS, ROW FORMAT, bucketing) are not read.
 */
final class SqlCreateTables {
  private final ExpressionBuilder expressions;
  private final QueryBuilder queries;

  SqlCreateTables(ExpressionBuilder expressions, QueryBuilder queries) {
    this.expressions = expressions;
    this.queries = queries;
  }

  CreateTable create(SqlBaseParser.CreateTableContext create) {
    SqlBaseParser.CreateTableHeaderContext header = create.createTableHeader();
    if (header.TEMPORARY() != null || header.EXTERNAL() != null) {
      throw ExpressionBuilder.unsupported("CREATE TABLE with Hive clauses, bucketing or clustering");
    }
    return table(header.identifierReference(), create.tableElementList(), create.tableProvider(),
        create.createTableClauses(), create.query(), header.EXISTS() != null);
  }

  /** {@code [CREATE OR] REPLACE TABLE name ...}: the same clauses as CREATE TABLE's. */
  dev.ember.plan.command.ReplaceTable replace(SqlBaseParser.ReplaceTableContext replace) {
    SqlBaseParser.ReplaceTableHeaderContext header = replace.replaceTableHeader();
    return new dev.ember.plan.command.ReplaceTable(table(header.identifierReference(), replace.tableElementList(),
        replace.tableProvider(), replace.createTableClauses(), replace.query(), false), header.CREATE() != null);
  }

  private CreateTable table(SqlBaseParser.IdentifierReferenceContext name,
      SqlBaseParser.TableElementListContext elements, SqlBaseParser.TableProviderContext provider,
      SqlBaseParser.CreateTableClausesContext clauses, SqlBaseParser.QueryContext queryContext, boolean ifNotExists) {
    if (!clauses.clusterBySpec().isEmpty() || !clauses.rowFormat().isEmpty()
        || !clauses.createFileFormat().isEmpty() || !clauses.skewSpec().isEmpty()) {
      throw ExpressionBuilder.unsupported("CREATE TABLE with Hive clauses, bucketing or clustering");
    }
    List<StructField> columns = new ArrayList<>();
    Map<String, String> columnComments = new LinkedHashMap<>();
    if (elements != null) {
      for (SqlBaseParser.TableElementContext element : elements.tableElement()) {
        if (element.colDefinition() == null) {
          throw ExpressionBuilder.unsupported("CREATE TABLE with constraints");
        }
        SqlBaseParser.ColDefinitionContext column = element.colDefinition();
        boolean notNull = column.colDefinitionOption().stream().anyMatch(option -> option.NULL() != null);
        columns.add(new StructField(column.colName.getText(), expressions.columnType(column.dataType()), !notNull));
        column.colDefinitionOption().stream().filter(option -> option.commentSpec() != null).findFirst()
            .ifPresent(option -> columnComments.put(column.colName.getText(),
                SqlLiterals.string(option.commentSpec().stringLit())));
      }
    }
    if (!clauses.collationSpec().isEmpty()) {
      // DEFAULT COLLATION: each string column written without a collation has the table's
      dev.ember.plan.types.DataType collated = expressions.dataType(
          "STRING COLLATE " + clauses.collationSpec(0).collationName.getText());
      columns.replaceAll(column -> new StructField(column.name(),
          dev.ember.plan.types.Collations.withDefault(column.dataType(), collated),
          column.nullable()));
    }
    List<String> partitionColumns = new ArrayList<>();
    if (clauses.partitioning != null) {
      for (SqlBaseParser.PartitionFieldContext field : clauses.partitioning.partitionField()) {
        partitionColumns.add(partitionColumn(field, columns));
      }
    }
    Optional<LogicalPlan> query = queryContext == null ? Optional.empty()
        : Optional.of(expressions.origins().wrap(queries.query(queryContext)));
    return new CreateTable(SqlIdentifierClause.nameParts(expressions, name),
        new StructType(columns),
        Optional.ofNullable(provider).map(used -> used.multipartIdentifier().getText()),
        clauses.options == null ? Map.of() : options(clauses.options), partitionColumns,
        clauses.bucketSpec().stream().findFirst().map(SqlCreateTables::buckets),
        clauses.locationSpec().stream().findFirst().map(location -> SqlLiterals.string(location.stringLit())),
        clauses.tableProps == null ? Map.of() : SqlProperties.of(clauses.tableProps),
        clauses.commentSpec().stream().findFirst().map(comment -> SqlLiterals.string(comment.stringLit())),
        ifNotExists, query, columnComments);
  }

  /** {@code CLUSTERED BY (a) [SORTED BY (b)] INTO n BUCKETS}. */
  private static dev.ember.plan.command.BucketSpec buckets(SqlBaseParser.BucketSpecContext spec) {
    List<String> sortColumns = spec.orderedIdentifierList() == null ? List.of()
        : spec.orderedIdentifierList().orderedIdentifier().stream().map(column -> column.ident.getText()).toList();
    return new dev.ember.plan.command.BucketSpec(Integer.parseInt(spec.integerValue().getText()),
        QueryBuilder.identifiers(spec.identifierList()), sortColumns);
  }

  /** A partition column: a name (identity transform), or Hive's {@code name type} adding the column. */
  private String partitionColumn(SqlBaseParser.PartitionFieldContext field, List<StructField> columns) {
    if (field instanceof SqlBaseParser.PartitionColumnContext column) {
      SqlBaseParser.ColTypeContext type = column.colType();
      columns.add(new StructField(type.colName.getText(), expressions.columnType(type.dataType()), true));
      return type.colName.getText();
    }
    SqlBaseParser.TransformContext transform = ((SqlBaseParser.PartitionTransformContext) field).transform();
    if (transform instanceof SqlBaseParser.IdentityTransformContext identity) {
      return identity.qualifiedName().getText();
    }
    throw ExpressionBuilder.unsupported("PARTITIONED BY " + expressions.source(transform));
  }

  /** OPTIONS: each value a constant, as text (booleans lower-case, as Spark writes them). */
  private Map<String, String> options(SqlBaseParser.ExpressionPropertyListContext list) {
    Map<String, String> options = new LinkedHashMap<>();
    for (SqlBaseParser.ExpressionPropertyContext property : list.expressionProperty()) {
      if (property instanceof SqlBaseParser.ExpressionPropertyWithKeyAndEqualsContext pair) {
        options.put(SqlProperties.key(pair.key), constant(pair.value));
      } else if (property instanceof SqlBaseParser.ExpressionPropertyWithKeyNoEqualsContext pair) {
        options.put(SqlProperties.key(pair.key), constant(pair.value));
      }
    }
    return options;
  }

  private String constant(SqlBaseParser.ExpressionContext value) {
    if (value == null) {
      return null;
    }
    Expression expression = expressions.expression(value);
    if (expression instanceof Literal literal && literal.value() != null) {
      return String.valueOf(literal.value());
    }
    return expressions.source(value);
  }
}
