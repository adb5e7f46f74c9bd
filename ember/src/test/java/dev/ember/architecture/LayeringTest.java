package dev.ember.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point down: entry points, the web UI, connect and the SQL front end, commands, analyzer, sqlgen, engine; the plan is the
 * shared vocabulary; below connect and sql nothing knows gRPC, protos, the Spark client or Spark's parser.
 */
class LayeringTest {
  private static final JavaClasses EMBER = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.ember");

  @Test
  void layersDependOnlyDownwards() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("EntryPoints").definedBy("dev.ember", "dev.ember.cli..", "dev.ember.junit..")
        .layer("Ui").definedBy("dev.ember.ui..")
        .layer("Connect").definedBy("dev.ember.connect..")
        .layer("Sql").definedBy("dev.ember.sql..")
        .layer("Commands").definedBy("dev.ember.commands..")
        .layer("Analyzer").definedBy("dev.ember.analyzer..")
        .layer("SqlGen").definedBy("dev.ember.sqlgen..")
        .layer("Engine").definedBy("dev.ember.engine..")
        .layer("Catalog").definedBy("dev.ember.catalog..")
        .layer("Plan").definedBy("dev.ember.plan..")
        .whereLayer("EntryPoints").mayNotBeAccessedByAnyLayer()
        .whereLayer("Ui").mayOnlyBeAccessedByLayers("EntryPoints")
        .whereLayer("Connect").mayOnlyBeAccessedByLayers("EntryPoints", "Ui")
        .whereLayer("Sql").mayOnlyBeAccessedByLayers("EntryPoints", "Connect")
        .whereLayer("Commands").mayOnlyBeAccessedByLayers("EntryPoints", "Connect")
        .whereLayer("Analyzer").mayOnlyBeAccessedByLayers("EntryPoints", "Connect", "Commands")
        .whereLayer("SqlGen").mayOnlyBeAccessedByLayers("EntryPoints", "Connect", "Commands", "Analyzer")
        .whereLayer("Engine").mayOnlyBeAccessedByLayers("EntryPoints", "Connect", "Commands", "Analyzer", "SqlGen")
        .whereLayer("Catalog").mayOnlyBeAccessedByLayers("EntryPoints", "Connect", "Commands", "Analyzer", "SqlGen",
            "Engine")
        .whereLayer("Plan").mayOnlyBeAccessedByLayers("EntryPoints", "Connect", "Sql", "Commands", "Analyzer", "SqlGen",
            "Engine", "Catalog")
        .check(EMBER);
  }

  /** The SQL front end reads Spark's grammar but knows nothing of the protocol: it builds the plan only. */
  @Test
  void theSqlFrontEndKnowsNothingOfTheProtocol() {
    noClasses().that().resideInAnyPackage("dev.ember.sql..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark.connect.proto..", "org.sparkproject..",
            "dev.ember.connect..", "dev.ember.analyzer..", "dev.ember.sqlgen..", "dev.ember.engine..")
        .check(EMBER);
  }

  /**
   * Below connect and sql nothing uses Spark, but for Spark's VARIANT encoding library (spark-variant, on its own:
   * the engine's VARIANT functions build and read the bytes with it, so that they are Spark's) and Spark's WKB reader
   * and writer (the plain Java {@code catalyst.util.geo} package: GEOMETRY and GEOGRAPHY values checked as Spark's) and
   * Spark's collation library (spark-unsafe's {@code CollationFactory}, {@code CollationSupport}, {@code UTF8String}:
   * collation names, keys and collation-aware string functions as Spark's), only in the engine's
   * {@code SparkCollations} and {@code CollatedStringFunctions}.
   */
  @Test
  void theEngineKnowsNothingOfSparkConnect() {
    noClasses().that().resideInAnyPackage("dev.ember.plan..", "dev.ember.commands..", "dev.ember.analyzer..",
            "dev.ember.sqlgen..", "dev.ember.engine..", "dev.ember.catalog..")
        .and(DescribedPredicate.not(COLLATION_USERS))
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.apache.spark..", "org.sparkproject..")
            .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage("org.apache.spark.types.variant..",
                "org.apache.spark.sql.catalyst.util.geo.."))))
        .check(EMBER);
  }

  private static final DescribedPredicate<JavaClass> COLLATION_LIBRARY = JavaClass.Predicates.resideInAnyPackage(
      "org.apache.spark.sql.catalyst.util", "org.apache.spark.unsafe.types..")
      .or(JavaClass.Predicates.simpleName("SparkException"));

  private static final DescribedPredicate<JavaClass> COLLATION_USERS = JavaClass.Predicates.belongToAnyOf(
      dev.ember.engine.functions.SparkCollations.class, dev.ember.engine.functions.CollatedStringFunctions.class);

  /** The two engine classes that wrap Spark's collation library use nothing else of Spark. */
  @Test
  void theCollationClassesUseOnlySparksCollationLibrary() {
    noClasses().that(COLLATION_USERS)
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.apache.spark..",
            "org.sparkproject..").and(DescribedPredicate.not(COLLATION_LIBRARY)))
        .check(EMBER);
  }
}
