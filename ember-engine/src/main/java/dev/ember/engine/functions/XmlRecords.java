package dev.ember.engine.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.duckdb.DuckDBColumnType;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * {@code ember_xml_to_json(xml, structure)}: from_xml's record (the document's root element) as JSON shaped by the
 * schema ({@code structure}: json_transform's document of DuckDB types), which the generated SQL then reads as
 * from_json does. As Spark's StaxXmlParser: child elements are fields, attributes fields named {@code _name}, a
 * repeated element an array, an element's own text the field {@code _VALUE}, text trimmed and empty text NULL.
 * A document that is not well-formed is a JSON null (a struct of NULLs, PERMISSIVE).
 */
final class XmlRecords {
  static final JavaFunction FUNCTION = JavaFunction.of("ember_xml_to_json",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null ? null : toJson((String) arguments[0], (String) arguments[1]));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String ATTRIBUTE_PREFIX = "_";
  private static final String VALUE_TAG = "_VALUE";

  private XmlRecords() {
  }

  /** The document's root element, or null when the document is not well-formed. */
  static Element parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
    } catch (Exception malformed) { // SAX, I/O and configuration failures: the record is malformed
      return null;
    }
  }

  static String toJson(String xml, String structure) {
    Element root = parse(xml);
    if (root == null) {
      return "null";
    }
    try {
      return JSON.writeValueAsString(record(root, JSON.readTree(structure)));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An element read as a struct: each field of the structure from the attributes and child elements. */
  private static ObjectNode record(Element element, JsonNode structure) {
    ObjectNode record = NODES.objectNode();
    Iterator<Map.Entry<String, JsonNode>> fields = structure.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode type = field.getValue();
      if (name.equals(VALUE_TAG)) {
        record.set(name, text(ownText(element)));
        continue;
      }
      if (name.startsWith(ATTRIBUTE_PREFIX) && element.hasAttribute(name.substring(ATTRIBUTE_PREFIX.length()))) {
        record.set(name, text(element.getAttribute(name.substring(ATTRIBUTE_PREFIX.length()))));
        continue;
      }
      List<Element> children = children(element, name);
      if (children.isEmpty()) {
        continue;
      }
      if (type.isArray()) {
        ArrayNode values = NODES.arrayNode();
        for (Element child : children) {
          values.add(value(child, type.get(0)));
        }
        record.set(name, values);
      } else {
        record.set(name, value(children.get(0), type));
      }
    }
    return record;
  }

  private static JsonNode value(Element element, JsonNode type) {
    if (type.isObject()) {
      return record(element, type);
    }
    if (type.isTextual() && type.asText().startsWith("MAP(")) {
      ObjectNode map = NODES.objectNode();
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        map.set(ATTRIBUTE_PREFIX + attributes.item(i).getNodeName(), text(attributes.item(i).getNodeValue()));
      }
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element childElement) {
          map.set(childElement.getTagName(), text(childElement.getTextContent()));
        }
      }
      return map;
    }
    return text(element.getTextContent());
  }

  private static JsonNode text(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? NODES.nullNode() : NODES.textNode(trimmed);
  }

  /** The element's text outside its child elements. */
  private static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString();
  }

  private static List<Element> children(Element element, String name) {
    List<Element> children = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement && childElement.getTagName().equals(name)) {
        children.add(childElement);
      }
    }
    return children;
  }
}
