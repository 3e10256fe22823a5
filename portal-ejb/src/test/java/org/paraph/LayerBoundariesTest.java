package org.paraph;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries of STYLE.md, checked on every build so that they stay where they are. */
class LayerBoundariesTest {

  private static JavaClasses core;

  @BeforeAll
  static void importTheCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.paraph");
  }

  @Test
  void theDomainKnowsNoFrameworkOfSigningWorkflowsOrTheWeb() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "eu.europa.esig..",
            "org.apache.pdfbox..",
            "org.bouncycastle..",
            "org.flowable..",
            "jakarta.ws.rs..",
            "jakarta.faces..",
            "org.primefaces..",
            "org.omnifaces..")
        .check(core);
  }

  @Test
  void dssPdfboxAndFlowableAppearOnlyInInfrastructure() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("eu.europa.esig..", "org.apache.pdfbox..", "org.flowable..")
        .check(core);
  }

  @Test
  void theCoreKnowsNothingOfPagesOrTheRestApi() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws.rs..",
            "jakarta.faces..",
            "org.primefaces..",
            "org.omnifaces..",
            "org.paraph.web..",
            "org.paraph.api..")
        .check(core);
  }

  /**
   * Application services depend on ports (their own feature's, or another feature's domain),
   * implemented in infrastructure and injected (issue 9), so that they can be unit tested with
   * fakes and an adapter can change without them.
   */
  @Test
  void applicationServicesDependOnPortsNotOnInfrastructure() {
    noClasses()
        .that()
        .resideInAPackage("..application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..infrastructure..")
        .check(core);
  }

  /**
   * Each feature can be read, tested and changed without the others it does not use; a cycle would
   * make two features one. Where two features must talk both ways, the one depended upon owns a
   * port that the other implements ({@code seals.infrastructure.PortalSealingSources}, implemented
   * in {@code trust}).
   */
  @Test
  void featuresAreFreeOfCycles() {
    slices().matching("org.paraph.(*)..").should().beFreeOfCycles().check(core);
  }

  /**
   * The sealing engine's sub-packages ({@code sealing}, {@code pdf}, {@code cms}, {@code
   * annotation}, {@code placement}, {@code tsa}, {@code keys}, {@code jpa}) depend on each other
   * one way only, so that each can be read and changed on its own.
   */
  @Test
  void sealingSubPackagesAreFreeOfCycles() {
    slices().matching("org.paraph.seals.infrastructure.(**)").should().beFreeOfCycles().check(core);
  }

  /**
   * What every feature uses knows none of them. Start-up wiring, which must know them all, lives in
   * {@code org.paraph.bootstrap}, which no feature depends on.
   */
  @Test
  void sharedDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.paraph.shared..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.paraph..").and(not(resideInAPackage("org.paraph.shared.."))))
        .check(core);
  }
}
