package org.paraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages and the API call the application services only (STYLE.md). */
class WebBoundariesTest {

  private static JavaClasses web;

  @BeforeAll
  static void importTheWebModule() {
    web =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.paraph.web", "org.paraph.api");
  }

  @Test
  void pagesAndResourcesNeverReachIntoInfrastructure() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.paraph..infrastructure..")
        .check(web);
  }

  @Test
  void pagesAndResourcesNeverTouchTheDatabase() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "java.sql..")
        .check(web);
  }
}
