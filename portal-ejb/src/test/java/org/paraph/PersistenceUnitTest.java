package org.paraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The persistence unit lists its classes instead of having Hibernate scan the jar at every start:
 * an entity left out of the list would be unknown to the server, so this test compares the list
 * with the classes the code annotates.
 */
class PersistenceUnitTest {

  private static final Pattern LISTED_CLASS = Pattern.compile("<class>\\s*([\\w.$]+)\\s*</class>");

  @Test
  void theUnitListsEveryMappedClassAndNothingElse() throws IOException {
    Set<String> mapped =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.paraph")
                .stream()
                .filter(PersistenceUnitTest::isMapped)
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(mapped, listedClasses(), "META-INF/persistence.xml's <class> elements");
  }

  private static boolean isMapped(JavaClass type) {
    return List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class).stream()
        .anyMatch(type::isAnnotatedWith);
  }

  private static Set<String> listedClasses() throws IOException {
    try (InputStream xml =
        PersistenceUnitTest.class
            .getClassLoader()
            .getResourceAsStream("META-INF/persistence.xml")) {
      Matcher listed = LISTED_CLASS.matcher(new String(xml.readAllBytes(), "UTF-8"));
      Set<String> names = new TreeSet<>();
      while (listed.find()) {
        names.add(listed.group(1));
      }
      return names;
    }
  }
}
