package org.paraph.workflows.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server deploys exactly what {@code processes/index.txt} lists (it cannot scan the class path
 * inside WildFly): every BPMN file must be listed, and each must deploy under its file stem.
 */
@ExtendWith(InMemoryProcessEngineExtension.class)
class ProcessIndexTest {

  private static final String SUFFIX = ".bpmn20.xml";

  @Test
  void indexListsEveryProcessFile() throws IOException, URISyntaxException {
    Path directory =
        Path.of(getClass().getClassLoader().getResource("processes/index.txt").toURI()).getParent();
    try (Stream<Path> files = Files.list(directory)) {
      List<String> present =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(SUFFIX))
              .sorted()
              .toList();
      assertEquals(present, listed().stream().sorted().toList());
    }
  }

  @Test
  void everyListedFileDeploysUnderItsFileStem(RepositoryService repository) throws IOException {
    for (String name : listed()) {
      String deploymentId =
          repository
              .createDeployment()
              .name(name)
              .addClasspathResource("processes/" + name)
              .deploy()
              .getId();
      try {
        String key = name.substring(0, name.length() - SUFFIX.length());
        assertNotNull(
            repository
                .createProcessDefinitionQuery()
                .deploymentId(deploymentId)
                .processDefinitionKey(key)
                .singleResult(),
            name + " must define process " + key);
      } finally {
        repository.deleteDeployment(deploymentId, true);
      }
    }
  }

  private List<String> listed() throws IOException {
    try (InputStream index =
        getClass().getClassLoader().getResourceAsStream("processes/index.txt")) {
      assertNotNull(index, "processes/index.txt is missing");
      return new String(index.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }
}
