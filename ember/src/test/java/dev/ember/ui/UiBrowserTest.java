package dev.ember.ui;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.EmberServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkException;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser: the system's headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs) driven by Selenium. The pages load behind the server's
 * token, a long query shows as running and is cancelled with the page's button, and its client gets Spark's
 * {@code OPERATION_CANCELED}. Screenshots of the pages go to {@code target/ui-screenshots}, or to the directory
 * {@code -Dember.ui.screenshots=...} names ({@code docs/ui} holds the ones the docs show).
 */
class UiBrowserTest {
  private static final String TOKEN = "browser-t0ken";
  private static EmberServer server;
  private static SparkSession spark;
  private static WebDriver browser;
  private static Path screenshots;

  @BeforeAll
  static void start() throws Exception {
    server = EmberServer.start("127.0.0.1", 0, Map.of("spark.connect.authenticate.token", TOKEN,
        EmberUi.ENABLED_CONF, "true", EmberUi.PORT_CONF, "0"));
    spark = session();
    screenshots = Path.of(System.getProperty("ember.ui.screenshots", "target/ui-screenshots"));
    Files.createDirectories(screenshots);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(executable("chromium", "chromium-browser", "google-chrome").toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("ember-ui-chromium"));
    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(executable("chromedriver").toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(driver, options);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (spark != null) {
      spark.close();
    }
    server.close();
  }

  @Test
  void thePagesLoadAndARunningQueryIsCancelledFromThePage() throws Exception {
    // a finished query with a plan, DuckDB SQL and a profile worth showing
    spark.range(1_000_000).selectExpr("id % 10 AS k", "id AS v").createOrReplaceTempView("facts");
    assertThat(spark.sql("SELECT k, count(*) AS n, sum(v) AS total FROM facts WHERE v % 3 = 0 GROUP BY k ORDER BY k")
        .collectAsList()).hasSize(10);
    assertThat(spark.range(100_000).groupBy(col("id").mod(7).as("bucket"))
        .agg(count("*").as("n"), sum("id").as("total")).orderBy("bucket").collectAsList()).hasSize(7);

    SparkSession other = session();
    CompletableFuture<Throwable> running = CompletableFuture.supplyAsync(() -> {
      try {
        other.sql("SELECT count(*) FROM range(100000000000) WHERE id % 7 = 1").collect();
        return null;
      } catch (Exception failure) {
        return failure;
      }
    });
    try {
      // the server's link with the token lets the browser in (a cookie), then shows the queries
      browser.get(server.uiUrl().orElseThrow() + "?token=" + TOKEN);
      assertThat(browser.getCurrentUrl()).endsWith("/queries");
      WebElement cancel = await(() -> {
        browser.navigate().refresh();
        return browser.findElements(By.cssSelector("#running tr.query button.cancel")).stream().findFirst()
            .orElse(null);
      });
      WebElement row = browser.findElement(By.cssSelector("#running tr.query"));
      assertThat(row.getText()).contains("range(100000000000)").contains("RUNNING");
      String operationId = row.getAttribute("data-operation");
      screenshot("queries.png");

      browser.findElement(By.cssSelector("#running tr.query a")).click();
      assertThat(browser.findElement(By.id("status")).getText()).startsWith("RUNNING");
      screenshot("running-query.png");
      browser.findElement(By.cssSelector("button.cancel")).click();

      Throwable failure = running.get(60, TimeUnit.SECONDS);
      assertThat(failure).isInstanceOfSatisfying(SparkException.class,
          error -> assertThat(error.getCondition()).isEqualTo("OPERATION_CANCELED"));
      assertThat(browser.getCurrentUrl()).endsWith("/queries/" + operationId);
      await(() -> {
        browser.navigate().refresh();
        return browser.findElement(By.id("status")).getText().equals("CANCELLED") ? Boolean.TRUE : null;
      });
      assertThat(browser.findElement(By.id("error")).getText()).startsWith("OPERATION_CANCELED");
    } finally {
      other.close();
    }

    // a finished query in detail: its call site, plan, SQL and DuckDB's profile as a tree
    browser.findElement(By.id("nav-queries")).click();
    assertThat(browser.findElement(By.cssSelector("#running")).getText()).doesNotContain("range(100000000000)");
    browser.findElements(By.cssSelector("#finished tr.query")).stream()
        .filter(query -> query.getText().contains("GROUP BY k") && query.getText().contains("SUCCEEDED"))
        .findFirst().orElseThrow().findElement(By.cssSelector("a")).click();
    assertThat(browser.findElement(By.id("plan")).getText()).contains("Aggregate [k#").contains("Filter");
    assertThat(browser.findElement(By.id("sql")).getText()).contains("GROUP BY");
    assertThat(browser.findElements(By.cssSelector("ul.profile li .op"))).extracting(WebElement::getText)
        .contains("HASH_GROUP_BY", "FILTER");
    screenshot("query.png");

    browser.findElement(By.id("nav-sessions")).click();
    assertThat(browser.findElement(By.id("sessions")).getText())
        .contains(((org.apache.spark.sql.connect.SparkSession) spark).sessionId());
    screenshot("sessions.png");
  }

  private static SparkSession session() {
    return SparkSession.builder().remote("sc://localhost:" + server.port() + "/;token=" + TOKEN).create();
  }

  private static <T> T await(java.util.function.Supplier<T> found) {
    return new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100)).until(ignored -> found.get());
  }

  /** The whole page (the window made as tall as the page for the picture). */
  private static void screenshot(String name) throws java.io.IOException {
    long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(4000, Math.max(900,
        height + 140))));
    Files.write(screenshots.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  /** The first of these programs on the PATH: the system's browser and driver, never one downloaded. */
  private static Path executable(String... names) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : names) {
        Path candidate = Path.of(directory, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    throw new AssertionError("none of " + String.join(", ", names) + " is on the PATH: install Debian's chromium and "
        + "chromium-driver packages (.ci/run does)");
  }
}
