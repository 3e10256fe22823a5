package org.paraph.it.running;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;

/** What the first start of a fresh installation does, read where an operator reads it. */
@ExtendWith(SharedServer.class)
class StartupIT {

  @Test
  void theFirstStartMigratesTheSchemaCreatesTheTrustSetupAndDeploysTheProcesses(ParaphServer server)
      throws Exception {
    String log = server.log();
    String startup = log.substring(0, log.indexOf("WFLYSRV0025"));

    assertTrue(
        startup.matches("(?s).*Successfully applied \\d+ migrations? to schema.*"),
        "the schema comes from the migrations");
    assertTrue(startup.contains("Created the administrator 'admin'"));
    assertTrue(startup.contains("Created the demo trust setup (TEST)"));
    assertTrue(
        startup.contains("Process file signature-workflow.bpmn20.xml is deployment"),
        "the workflow engine deployed the BPMN of workflow-defs inside the server");
    List<String> errors =
        startup.lines().filter(l -> l.contains(" ERROR ") || l.contains(" SEVERE ")).toList();
    assertEquals(List.of(), errors, "a clean start logs no error");
  }

  @Test
  void theOpenApiDocumentDescribesTheSealingEndpoint(ParaphServer server) throws Exception {
    var openApi = PortalClient.anonymousGet(server, "/openapi");
    assertEquals(200, openApi.statusCode());
    assertTrue(openApi.body().contains("/api/v1/seals"), openApi.body());
  }
}
