package dev.ember.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ember.plan.types.StructType;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog's one file, JSON: written whole to a new file, forced to disk, then renamed over the old one, so a
 * reader (or a process killed half-way) sees the previous state or the next, never a mixture.
 */
final class CatalogFile {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int VERSION = 1;

  private CatalogFile() {
  }

  static CatalogState read(Path file) throws IOException {
    JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    Map<String, CatalogDatabase> databases = new HashMap<>();
    root.get("databases").forEach(node -> {
      CatalogDatabase database = new CatalogDatabase(node.get("name").asText(), node.get("comment").asText(),
          node.get("location").asText(), strings(node.get("properties")));
      databases.put(database.name(), database);
    });
    Map<TableName, CatalogTable> tables = new HashMap<>();
    root.get("tables").forEach(node -> {
      CatalogTable table = table(node);
      tables.put(table.name(), table);
    });
    Map<TableName, CatalogFunction> functions = new HashMap<>();
    if (root.has("functions")) {
      root.get("functions").forEach(node -> {
        TableName name = new TableName(node.get("database").asText(), node.get("name").asText());
        // a function of a JVM class keeps its class and jars
        Optional<dev.ember.plan.command.ClassFunction> classFunction = text(node, "className")
            .map(className -> new dev.ember.plan.command.ClassFunction(name.table(), className,
                jars(node)));
        CatalogFunction function = new CatalogFunction(name, node.get("text").asText(),
            node.get("createTime").asLong(), text(node, "path"), classFunction);
        functions.put(function.name(), function);
      });
    }
    return new CatalogState(databases, tables, functions);
  }

  static void write(Path file, CatalogState state) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    ArrayNode databases = root.putArray("databases");
    state.databases().values().stream().sorted(java.util.Comparator.comparing(CatalogDatabase::name)).forEach(database -> {
      ObjectNode node = databases.addObject();
      node.put("name", database.name());
      node.put("comment", database.comment());
      node.put("location", database.location());
      node.set("properties", JSON.valueToTree(new java.util.TreeMap<>(database.properties())));
    });
    ArrayNode tables = root.putArray("tables");
    state.tables().values().stream().sorted(java.util.Comparator.comparing(table -> table.name().toString()))
        .forEach(table -> tables.add(node(table)));
    ArrayNode functions = root.putArray("functions");
    state.functions().values().stream().sorted(java.util.Comparator.comparing(function -> function.name().toString()))
        .forEach(function -> {
          ObjectNode node = functions.addObject();
          node.put("database", function.name().database());
          node.put("name", function.name().table());
          node.put("text", function.text());
          node.put("createTime", function.createTime());
          function.path().ifPresent(path -> node.put("path", path));
          function.classFunction().ifPresent(classFunction -> {
            node.put("className", classFunction.className());
            ArrayNode jars = node.putArray("jars");
            classFunction.jars().forEach(jars::add);
          });
        });
    Path staged = file.resolveSibling(file.getFileName() + ".new");
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      channel.write(java.nio.ByteBuffer.wrap(bytes));
      channel.force(true);
    }
    Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static ObjectNode node(CatalogTable table) {
    ObjectNode node = JSON.createObjectNode();
    node.put("database", table.name().database());
    node.put("name", table.name().table());
    node.put("kind", table.kind().name());
    ArrayNode columns = node.putArray("columns");
    table.schema().fields().forEach(field -> columns.add(DataTypeJson.field(field)));
    node.set("partitionColumns", JSON.valueToTree(table.partitionColumns()));
    table.buckets().ifPresent(buckets -> {
      ObjectNode spec = node.putObject("buckets");
      spec.put("count", buckets.buckets());
      spec.set("bucketColumns", JSON.valueToTree(buckets.bucketColumns()));
      spec.set("sortColumns", JSON.valueToTree(buckets.sortColumns()));
    });
    node.put("provider", table.provider());
    node.set("options", JSON.valueToTree(table.options()));
    table.location().ifPresent(location -> node.put("location", location));
    node.set("properties", JSON.valueToTree(new java.util.TreeMap<>(table.properties())));
    table.comment().ifPresent(comment -> node.put("comment", comment));
    table.viewText().ifPresent(text -> node.put("viewText", text));
    node.set("viewConfs", JSON.valueToTree(new java.util.TreeMap<>(table.viewConfs())));
    node.put("createTime", table.createTime());
    node.set("columnComments", JSON.valueToTree(new java.util.TreeMap<>(table.columnComments())));
    table.partitions().ifPresent(partitions -> node.set("partitions", JSON.valueToTree(partitions)));
    return node;
  }

  private static CatalogTable table(JsonNode node) {
    List<dev.ember.plan.types.StructField> columns = new ArrayList<>();
    node.get("columns").forEach(column -> columns.add(DataTypeJson.readField(column)));
    List<String> partitionColumns = new ArrayList<>();
    node.get("partitionColumns").forEach(column -> partitionColumns.add(column.asText()));
    return new CatalogTable(new TableName(node.get("database").asText(), node.get("name").asText()),
        TableKind.valueOf(node.get("kind").asText()), new StructType(columns), partitionColumns, buckets(node),
        node.get("provider").asText(), strings(node.get("options")), text(node, "location"),
        strings(node.get("properties")), text(node, "comment"), text(node, "viewText"), strings(node.get("viewConfs")),
        node.get("createTime").asLong(), node.has("columnComments") ? strings(node.get("columnComments")) : Map.of(),
        partitions(node));
  }

  /** A partitioned table's partitions; none kept by an older Ember. */
  private static Optional<List<String>> partitions(JsonNode node) {
    if (!node.has("partitions")) {
      return Optional.empty();
    }
    List<String> partitions = new ArrayList<>();
    node.get("partitions").forEach(partition -> partitions.add(partition.asText()));
    return Optional.of(partitions);
  }

  private static Optional<dev.ember.plan.command.BucketSpec> buckets(JsonNode node) {
    if (!node.has("buckets")) {
      return Optional.empty();
    }
    JsonNode buckets = node.get("buckets");
    List<String> bucketColumns = new ArrayList<>();
    buckets.get("bucketColumns").forEach(column -> bucketColumns.add(column.asText()));
    List<String> sortColumns = new ArrayList<>();
    buckets.get("sortColumns").forEach(column -> sortColumns.add(column.asText()));
    return Optional.of(new dev.ember.plan.command.BucketSpec(buckets.get("count").asInt(), bucketColumns, sortColumns));
  }

  private static Optional<String> text(JsonNode node, String field) {
    return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
  }

  private static List<String> jars(JsonNode function) {
    List<String> jars = new ArrayList<>();
    if (function.has("jars")) {
      function.get("jars").forEach(jar -> jars.add(jar.asText()));
    }
    return jars;
  }

  private static Map<String, String> strings(JsonNode node) {
    Map<String, String> values = new LinkedHashMap<>();
    node.fields().forEachRemaining(entry -> values.put(entry.getKey(), entry.getValue().asText()));
    return values;
  }
}
