package org.paraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

  /**
   * The pages and resources of one feature ({@code org.paraph.web.seals}, {@code
   * org.paraph.api.seals}...) do not form a cycle with another's; what several share lives in
   * {@code org.paraph.web} and {@code org.paraph.api} themselves. The core's features are checked
   * in portal-ejb's {@code LayerBoundariesTest}.
   */
  @Test
  void featuresAreFreeOfCycles() {
    slices().matching("org.paraph.(*).(*)..").should().beFreeOfCycles().check(web);
  }
}
