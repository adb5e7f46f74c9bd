package dev.ember.engine.functions;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.duckdb.DuckDBColumnType;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * {@code ember_xpath(xml, path, kind)}: Spark's UDFXPathUtil — javax.xml's XPath over a namespace-aware
 * document without external entities; an empty document or path gives NULL. The result travels as text: a
 * number narrowed as Java's {@code Double.intValue()} etc. narrow it, a node list as a JSON array of the nodes'
 * values.
 */
public final class XPathEvaluator {
  /** A document builder and an XPath compiler (neither thread-safe), each used by one row at a time. */
  private record Parsing(DocumentBuilder builder, XPath xpath) {
  }

  private static final IdleInstances<Parsing> PARSING = new IdleInstances<>(
      () -> new Parsing(builder(), XPathFactory.newInstance().newXPath()));

  static final JavaFunction FUNCTION = JavaFunction.of("ember_xpath",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> evaluate((String) arguments[0], (String) arguments[1], (String) arguments[2]));

  private XPathEvaluator() {
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // Spark's builder also reports to stderr; here the failure is the exception alone
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
      return builder;
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  static String evaluate(String xml, String path, String kind) {
    if (xml == null || path == null || xml.isEmpty() || path.isEmpty()) {
      return null;
    }
    Object result = eval(xml, path, switch (kind) {
      case "boolean" -> XPathConstants.BOOLEAN;
      case "string" -> XPathConstants.STRING;
      case "nodes" -> XPathConstants.NODESET;
      default -> XPathConstants.NUMBER;
    });
    if (result == null) {
      return null;
    }
    return switch (kind) {
      case "nodes" -> nodeValues((NodeList) result);
      case "double" -> Double.toString((Double) result);
      case "float" -> Float.toString(((Double) result).floatValue());
      case "long" -> Long.toString(((Double) result).longValue());
      case "int" -> Integer.toString(((Double) result).intValue());
      case "short" -> Short.toString(((Double) result).shortValue());
      default -> result.toString();
    };
  }

  private static Object eval(String xml, String path, QName kind) {
    Parsing parsing = PARSING.acquire();
    try {
      return eval(parsing, xml, path, kind);
    } finally {
      // reused as they are (a builder's reset would drop its error handler)
      PARSING.release(parsing);
    }
  }

  private static Object eval(Parsing parsing, String xml, String path, QName kind) {
    XPathExpression expression;
    try {
      expression = parsing.xpath().compile(path);
    } catch (XPathExpressionException e) {
      throw new RaisedFailure(dev.ember.plan.errors.RaisedError.XPATH_FAILURE.marker(
          "Invalid XPath '" + path + "'" + e.getMessage()));
    }
    try {
      return expression.evaluate(parsing.builder().parse(new InputSource(new StringReader(xml))), kind);
    } catch (XPathExpressionException e) {
      throw new RaisedFailure(dev.ember.plan.errors.RaisedError.XPATH_FAILURE.marker(
          "Invalid XML document: " + e.getMessage() + "\n" + xml));
    } catch (Exception e) {
      throw new RaisedFailure(dev.ember.plan.errors.RaisedError.XPATH_FAILURE.marker(
          "Error loading expression '" + path + "'"));
    }
  }

  private static String nodeValues(NodeList nodes) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(nodes.item(i).getNodeValue());
    }
    return JsonTokenFunctions.jsonArray(values);
  }
}
