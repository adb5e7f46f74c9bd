package dev.ember.engine.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;

/** A type as Spark's {@code DataType.json} writes it, for PySpark's worker (its eval conf {@code input_type}). */
final class SparkTypeJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SparkTypeJson() {
  }

  static String of(DataType type) {
    return write(type).toString();
  }

  private static JsonNode write(DataType type) {
    if (type instanceof StructType struct) {
      ObjectNode node = NODES.objectNode().put("type", "struct");
      var fields = node.putArray("fields");
      for (StructField field : struct.fields()) {
        ObjectNode child = fields.addObject().put("name", field.name());
        child.set("type", write(field.dataType()));
        child.put("nullable", field.nullable());
        child.putObject("metadata");
      }
      return node;
    }
    if (type instanceof ArrayType array) {
      ObjectNode node = NODES.objectNode().put("type", "array");
      node.set("elementType", write(array.elementType()));
      return node.put("containsNull", array.containsNull());
    }
    if (type instanceof MapType map) {
      ObjectNode node = NODES.objectNode().put("type", "map");
      node.set("keyType", write(map.keyType()));
      node.set("valueType", write(map.valueType()));
      return node.put("valueContainsNull", map.valueContainsNull());
    }
    if (type instanceof AtomicType atomic) {
      return NODES.textNode(switch (atomic) {
        case BYTE -> "byte";
        case SHORT -> "short";
        case INTEGER -> "integer";
        case LONG -> "long";
        default -> atomic.simpleString();
      });
    }
    if (type instanceof dev.ember.plan.types.CollatedStringType) {
      return NODES.textNode("string");
    }
    return NODES.textNode(type.simpleString());
  }
}
