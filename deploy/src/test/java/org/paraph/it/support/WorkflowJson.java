package org.paraph.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** Builds the JSON body of {@code POST /api/v1/workflows} the way an API client writes it. */
public final class WorkflowJson {

  private final JsonObjectBuilder workflow = Json.createObjectBuilder();
  private final JsonArrayBuilder documents = Json.createArrayBuilder();
  private final JsonArrayBuilder participants = Json.createArrayBuilder();

  private WorkflowJson(String name) {
    workflow.add("name", name).add("expiresAt", Instant.now().plus(Duration.ofDays(7)).toString());
  }

  public static WorkflowJson named(String name) {
    return new WorkflowJson(name);
  }

  public WorkflowJson document(String name, byte[] pdf) {
    documents.add(
        Json.createObjectBuilder()
            .add("name", name)
            .add("contentBase64", Base64.getEncoder().encodeToString(pdf)));
    return this;
  }

  public WorkflowJson documentAt(String name, String url) {
    documents.add(Json.createObjectBuilder().add("name", name).add("url", url));
    return this;
  }

  /** A SIGN participant confirmed by e-mail, with one box on page 1 of document 1 at x. */
  public WorkflowJson signer(String name, String surname, String email, int order, int x) {
    return signer(name, surname, email, order, x, 650);
  }

  /** A SIGN participant confirmed by e-mail, with one box on page 1 of document 1 at (x, y). */
  public WorkflowJson signer(String name, String surname, String email, int order, int x, int y) {
    return participant("SIGN", name, surname, email, order, x, y);
  }

  /**
   * A QUALIFIED_SIGN participant invited by e-mail, who signs at the trust service, with one box on
   * page 1 of document 1 at x.
   */
  public WorkflowJson qualifiedSigner(String name, String surname, String email, int order, int x) {
    return participant("QUALIFIED_SIGN", name, surname, email, order, x, 650);
  }

  private WorkflowJson participant(
      String action, String name, String surname, String email, int order, int x, int y) {
    participants.add(
        Json.createObjectBuilder()
            .add("name", name)
            .add("surname", surname)
            .add("email", email)
            .add("order", order)
            .add("action", action)
            .add("authentication", "email")
            .add(
                "fields",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("document", 1)
                            .add("page", 1)
                            .add("x", x)
                            .add("y", y)
                            .add("width", 220)
                            .add("height", 70))));
    return this;
  }

  /** A SEAL approved by a portal user. */
  public WorkflowJson seal(String user, int order) {
    participants.add(
        Json.createObjectBuilder()
            .add("name", "Portal")
            .add("surname", "User " + user)
            .add("order", order)
            .add("action", "SEAL")
            .add("user", user));
    return this;
  }

  public WorkflowJson set(String key, String value) {
    workflow.add(key, value);
    return this;
  }

  public String json() {
    return workflow
        .add("documents", documents)
        .add("participants", participants)
        .build()
        .toString();
  }
}
