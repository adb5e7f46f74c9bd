package dev.ember.engine.functions;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * schema_of_xml: Spark's XmlInferSchema on one record (the root element). A text is a BIGINT, DOUBLE, BOOLEAN, DATE
 * or TIMESTAMP where it reads as one (in that order), else a STRING; an element with children or attributes is a
 * struct (attributes {@code _name}, its own text {@code _VALUE}), a repeated element an array; empty text is a
 * STRING; fields are sorted by name.
 */
public final class XmlSchemaInference {
  private static final Pattern LONG = Pattern.compile("[+-]?\\d+");
  private static final Pattern DOUBLE = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME = "\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?".transform(Pattern::compile);
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]" + TIME.pattern());

  private XmlSchemaInference() {
  }

  /** The schema of the document's root element; empty when the document is not well-formed. */
  public static java.util.Optional<DataType> infer(String xml) {
    Element root = XmlRecords.parse(xml);
    return root == null ? java.util.Optional.empty() : java.util.Optional.of(canonical(struct(root)));
  }

  private static DataType struct(Element element) {
    Map<String, DataType> fields = new LinkedHashMap<>();
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      fields.put("_" + attributes.item(i).getNodeName(), text(attributes.item(i).getNodeValue()));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        String name = childElement.getTagName();
        DataType type = value(childElement);
        counts.merge(name, 1, Integer::sum);
        fields.merge(name, type, (left, right) -> CompatibleTypes.compatible(left, right, AtomicType.STRING));
      }
    }
    List<StructField> result = new ArrayList<>();
    for (Map.Entry<String, DataType> field : fields.entrySet()) {
      DataType type = counts.getOrDefault(field.getKey(), 0) > 1 ? new ArrayType(field.getValue(), true)
          : field.getValue();
      result.add(new StructField(field.getKey(), type, true));
    }
    result.sort(Comparator.comparing(StructField::name));
    return new StructType(result);
  }

  private static DataType value(Element element) {
    boolean hasChildren = false;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      hasChildren |= child instanceof Element;
    }
    if (!hasChildren && element.getAttributes().getLength() == 0) {
      return text(element.getTextContent());
    }
    return struct(element);
  }

  private static DataType text(String value) {
    String text = value.strip();
    if (text.isEmpty()) {
      return AtomicType.NULL;
    }
    if (LONG.matcher(text).matches()) {
      return text.length() <= 18 || new java.math.BigInteger(text).bitLength() < 64 ? AtomicType.LONG
          : AtomicType.DOUBLE;
    }
    if (DOUBLE.matcher(text).matches()) {
      return AtomicType.DOUBLE;
    }
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return AtomicType.BOOLEAN;
    }
    if (DATE.matcher(text).matches()) {
      return AtomicType.DATE;
    }
    if (TIMESTAMP.matcher(text).matches() || TIME.matcher(text).matches()) {
      return AtomicType.TIMESTAMP;
    }
    return AtomicType.STRING;
  }

  /** NULL (an empty element) is a string, as Spark's canonicalizeType makes it. */
  private static DataType canonical(DataType type) {
    if (type instanceof StructType struct) {
      return new StructType(struct.fields().stream()
          .map(field -> new StructField(field.name(), canonical(field.dataType()), true)).toList());
    }
    if (type instanceof ArrayType array) {
      return new ArrayType(canonical(array.elementType()), true);
    }
    return type == AtomicType.NULL ? AtomicType.STRING : type;
  }
}
