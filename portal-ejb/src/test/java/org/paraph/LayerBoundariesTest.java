package org.paraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
