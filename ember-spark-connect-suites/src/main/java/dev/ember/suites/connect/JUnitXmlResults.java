package dev.ember.suites.connect;

import dev.ember.suites.Outcome;
import dev.ember.suites.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A suite's results from ScalaTest's JUnit XML report: one {@link TestResult} per test case. A failure
 * is counted under the Spark error condition its message starts with ({@code [CONDITION] ...}, with the
 * method for UNSUPPORTED_CALL), else under its exception class.
 */
final class JUnitXmlResults {
  private static final Pattern CONDITION = Pattern.compile("\\[([A-Z][A-Z0-9_]*(?:\\.[A-Z0-9_]+)*)\\]");
  private static final Pattern UNSUPPORTED_METHOD = Pattern.compile("Cannot call the method \"([^\"]+)\"");

  private JUnitXmlResults() {
  }

  /** The results of {@code suite} in {@code report}; empty when there is no report (the suite aborted). */
  static List<TestResult> read(String suite, Path report) {
    if (!Files.exists(report)) {
      return List.of();
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(report.toFile());
      NodeList cases = document.getElementsByTagName("testcase");
      List<TestResult> results = new ArrayList<>();
      for (int i = 0; i < cases.getLength(); i++) {
        results.add(result(suite, (Element) cases.item(i)));
      }
      return results;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("unreadable JUnit report " + report, e);
    }
  }

  private static TestResult result(String suite, Element testCase) {
    String name = testCase.getAttribute("name");
    Element failure = child(testCase, "failure");
    if (failure == null) {
      failure = child(testCase, "error");
    }
    if (failure != null) {
      String message = failure.getAttribute("message");
      return new TestResult(suite, name, Outcome.FAILED, reason(failure.getAttribute("type"), message),
          firstLine(message));
    }
    if (child(testCase, "skipped") != null) {
      return new TestResult(suite, name, Outcome.SKIPPED, "ignored by the suite", "");
    }
    return new TestResult(suite, name, Outcome.PASSED, "", "");
  }

  /** The category of a failure: its error condition (and method, for UNSUPPORTED_CALL), else its exception class. */
  static String reason(String type, String message) {
    if (type != null && type.endsWith("TestFailedException")) {
      // a failed assertion: its message quotes values, not the error of the failure
      return "assertion failed";
    }
    Matcher condition = CONDITION.matcher(message == null ? "" : message);
    if (condition.find()) {
      Matcher method = UNSUPPORTED_METHOD.matcher(message);
      return condition.group(1).startsWith("UNSUPPORTED_CALL") && method.find()
          ? condition.group(1) + ": " + method.group(1) : condition.group(1);
    }
    return type == null || type.isEmpty() ? "failure" : type.substring(type.lastIndexOf('.') + 1);
  }

  private static Element child(Element parent, String tag) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(tag)) {
        return element;
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
