package org.paraph.workflows.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paraph.workflows.application.WorkflowTestbed.CALLBACK_URL;
import static org.paraph.workflows.application.WorkflowTestbed.EXPIRES;
import static org.paraph.workflows.application.WorkflowTestbed.NOW;
import static org.paraph.workflows.application.WorkflowTestbed.SENDER;
import static org.paraph.workflows.application.WorkflowTestbed.box;
import static org.paraph.workflows.application.WorkflowTestbed.document;
import static org.paraph.workflows.application.WorkflowTestbed.pdf;
import static org.paraph.workflows.application.WorkflowTestbed.request;
import static org.paraph.workflows.application.WorkflowTestbed.sealApprover;
import static org.paraph.workflows.application.WorkflowTestbed.settings;
import static org.paraph.workflows.application.WorkflowTestbed.signer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.paraph.audit.application.CodedDetails;
import org.paraph.documents.domain.DocumentTooLargeException;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.documents.domain.RemoteDocumentException;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.User;
import org.paraph.seals.domain.InvalidPlacementException;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantDetails;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.SignatureBox;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowException;
import org.paraph.workflows.domain.WorkflowState;

/**
 * Starting a workflow ({@link WorkflowService#create}): a request is checked whole before anything
 * is stored, and a refused one is answered with the reason and leaves nothing: no workflow, no
 * document, no process, no audit event, no message, no callback.
 */
class WorkflowCreationTest {

  private final WorkflowTestbed bed = new WorkflowTestbed();

  @Test
  void aValidWorkflowIsStoredWithItsDocumentsThenItsProcessStartsAndIsAudited() {
    WorkflowView view =
        bed.service.create(
            SENDER,
            new NewWorkflow(
                settings("Lease"),
                List.of(document("lease.pdf"), document("C:\\scans\\annex.pdf")),
                List.of(
                    signer(
                        "Alice",
                        "Martin",
                        "alice@example.org",
                        1,
                        List.of(box(1, 50, 650, 220, 70))),
                    signer("Bob", "Durand", "bob@example.org", 2))));

    Workflow workflow = bed.workflows.find(view.id()).orElseThrow();
    assertEquals(WorkflowState.IN_PROGRESS, view.state());
    assertEquals("alice", view.sender());
    assertEquals(NOW, view.sentAt());
    assertEquals(EXPIRES, view.expiresAt());
    assertEquals(List.of(workflow), bed.process.started, "one process, started once");
    assertEquals("process-of-" + workflow.id(), workflow.processInstanceId());
    assertEquals(
        List.of("lease.pdf", "annex.pdf"),
        view.documents().stream().map(WorkflowView.DocumentView::name).toList(),
        "the file name without the sender's folders");
    for (var document : workflow.documents()) {
      DocumentVersion original = bed.documentStore.latest(document.documentId());
      assertEquals(1, original.versionNumber());
      assertArrayEquals(pdf(1), original.content());
      assertEquals(original.sha256(), document.originalSha256());
    }
    assertEquals(
        List.of(ParticipantState.WAITING, ParticipantState.WAITING),
        view.participants().stream().map(WorkflowView.ParticipantView::state).toList(),
        "the process invites, not the service");
    assertEquals(List.of("WORKFLOW_CREATED", "WORKFLOW_SENT"), bed.auditActions());
    assertTrue(
        CodedDetails.text(bed.auditLog.events.get(0).details(), Locale.ENGLISH)
            .contains("2 document(s), 2 participant(s)"),
        () -> bed.auditLog.events.toString());
    assertTrue(bed.messages.sent.isEmpty(), "no link is sent, and none is in the answer");
    assertNull(view.callbackSecret(), "no callback URL, no secret");
  }

  @Test
  void aWorkflowWithACallbackUrlGetsItsSecretOnceAndAnnouncesItsStart() {
    WorkflowView view =
        bed.service.create(
            SENDER,
            new NewWorkflow(
                settings("Lease", EXPIRES, CALLBACK_URL),
                List.of(document("a.pdf")),
                List.of(signer("Alice", "Martin", "alice@example.org", 1))));

    assertNotNull(view.callbackSecret());
    Workflow workflow = bed.workflows.find(view.id()).orElseThrow();
    assertEquals("sealed:" + view.callbackSecret(), workflow.callbackSecret(), "kept encrypted");
    assertEquals(List.of("workflow.started"), bed.callbackEvents());
    assertNull(bed.service.find(SENDER, view.id().toString()).callbackSecret(), "shown once");
  }

  @Test
  void aWorkflowWithoutDocumentsOrWithMoreThanTwentyIsRefused() {
    List<ParticipantDetails> one = List.of(signer("A", "B", "a@example.org", 1));

    assertRefused(
        "A workflow has 1 to 20 documents; this one has 0.",
        new NewWorkflow(settings("No documents"), List.of(), one));
    assertRefused(
        "A workflow has 1 to 20 documents; this one has 21.",
        new NewWorkflow(settings("Too many"), documents(21), one));

    bed.service.create(SENDER, new NewWorkflow(settings("Twenty"), documents(20), one));
    assertEquals(20, bed.documentStore.documents.size(), "twenty is allowed");
  }

  @Test
  void aWorkflowWithoutParticipantsOrWithMoreThanFiftyIsRefused() {
    assertRefused(
        "A workflow has 1 to 50 participants; this one has 0.",
        new NewWorkflow(settings("Nobody"), List.of(document("a.pdf")), List.of()));
    assertRefused(
        "A workflow has 1 to 50 participants; this one has 51.",
        new NewWorkflow(settings("Crowd"), List.of(document("a.pdf")), participants(51)));

    bed.service.create(
        SENDER, new NewWorkflow(settings("Fifty"), List.of(document("a.pdf")), participants(50)));
    assertEquals(1, bed.workflows.all.size(), "fifty is allowed");
  }

  @Test
  void aWorkflowThatExpiresNowOrInThePastIsRefused() {
    ParticipantDetails signer = signer("A", "B", "a@example.org", 1);

    assertRefused(
        "expiresAt must be in the future; it is 2020-01-01T00:00:00Z.",
        new NewWorkflow(
            settings("Already expired", Instant.parse("2020-01-01T00:00:00Z"), null),
            List.of(document("a.pdf")),
            List.of(signer)));
    assertRefused(
        "expiresAt must be in the future",
        new NewWorkflow(
            settings("Expires now", NOW, null), List.of(document("a.pdf")), List.of(signer)));
  }

  @Test
  void aWorkflowWithoutANameIsRefused() {
    assertRefused("The workflow needs a name.", request(" ", signer("A", "B", "a@example.org", 1)));
  }

  @Test
  void aParticipantWithoutNameOrSurnameIsRefusedAndNamedByPosition() {
    assertRefused(
        "Participant 1 needs a name and a surname.",
        request("No name", signer(" ", "Martin", "a@example.org", 1)));
    assertRefused(
        "Participant 2 needs a name and a surname.",
        request(
            "No surname",
            signer("Alice", "Martin", "a@example.org", 1),
            signer("Bob", null, "b@example.org", 2)));
  }

  @Test
  void aSignerReachedByEmailNeedsAValidAddress() {
    assertRefused(
        "Participant 1 signs with a code sent by e-mail and needs a valid e-mail address.",
        request("Bad address", signer("Alice", "Martin", "alice.example.org", 1)));
    assertRefused(
        "Participant 1 signs with a code sent by e-mail and needs a valid e-mail address.",
        request("No address", signer("Alice", "Martin", null, 1)));
  }

  @Test
  void aSignerReachedBySmsNeedsAnInternationalMobileNumberAndAnyAddressGivenMustBeOne() {
    assertRefused(
        "Participant 1 signs with a code sent by SMS and needs a mobile number in international"
            + " form, e.g. +33612345678.",
        request("Local number", bySms("0612345678", null)));
    assertRefused(
        "Participant 1: 'not an address' is not an e-mail address.",
        request("Bad address", bySms("+33612345678", "not an address")));

    bed.service.create(SENDER, request("By SMS", bySms("+33612345678", null)));
    assertEquals(1, bed.workflows.all.size(), "an SMS signer needs no e-mail address");
  }

  @Test
  void anOrderBelowOneIsRefused() {
    assertRefused(
        "Participant 1: order starts at 1, got 0.",
        request("Order zero", signer("Alice", "Martin", "alice@example.org", 0)));
  }

  @Test
  void aQualifiedSignerIsRefusedWhenNoTrustServiceIsConfigured() {
    ParticipantDetails qualified =
        new ParticipantDetails(
            "Q",
            "Person",
            "q@example.org",
            null,
            null,
            1,
            ParticipantAction.QUALIFIED_SIGN,
            AuthenticationChannel.EMAIL,
            null,
            List.of());

    WorkflowException refused =
        assertRefused("Participant 1: QUALIFIED_SIGN", request("No trust service", qualified));
    assertTrue(
        refused.getMessage().contains("qualified trust service")
            && refused.getMessage().contains("none is configured")
            && refused.getMessage().contains("PARAPH_QES_CSC_URL"),
        refused.getMessage());

    bed.qualifiedConfigured = true;
    bed.service.create(SENDER, request("With a trust service", qualified));
    assertEquals(1, bed.workflows.all.size());
  }

  @Test
  void aSealApproverMustBeAnEnabledPortalUser() {
    String expected =
        "Participant 1 applies the seal and must name an enabled portal user in 'user'.";
    assertRefused(expected, request("No such user", sealApprover("nobody-by-that-name", 1)));
    assertRefused(expected, request("No user", sealApprover(null, 1)));
    User disabled = new User("gone", "Gone", "hash", Set.of(Role.USER), NOW);
    disabled.disable();
    bed.users.add(disabled);
    assertRefused(expected, request("Disabled user", sealApprover("gone", 1)));

    bed.users.add(new User("bob", "Bob", "hash", Set.of(Role.USER), NOW));
    bed.service.create(SENDER, request("Sealed by Bob", sealApprover("bob", 1)));
    assertEquals(1, bed.workflows.all.size());
  }

  @Test
  void overlappingBoxesAreRefusedButBoxesThatTouchOrLieOnOtherPagesAreNot() {
    // As the system test draws them: 220 x 70 at x 50 and at x 150, the same height.
    assertRefused(
        "The signature boxes of A B and C D overlap on page 1 of document 1: move one of them.",
        request(
            "Overlapping boxes",
            signer("A", "B", "a@example.org", 1, List.of(box(1, 50, 650, 220, 70))),
            signer("C", "D", "c@example.org", 2, List.of(box(1, 150, 650, 220, 70)))));

    bed.service.create(
        SENDER,
        new NewWorkflow(
            settings("Side by side"),
            List.of(new NewWorkflow.NewDocument("two-pages.pdf", pdf(2), null)),
            List.of(
                signer("A", "B", "a@example.org", 1, List.of(box(1, 50, 650, 220, 70))),
                signer("C", "D", "c@example.org", 2, List.of(box(1, 270, 650, 220, 70))),
                signer("E", "F", "e@example.org", 3, List.of(box(2, 50, 650, 220, 70))))));
    assertEquals(1, bed.workflows.all.size());
  }

  @Test
  void aBoxOffThePageOrOnAMissingPageOrDocumentIsRefusedAndNothingStarts() {
    // Refused once the PDF is read: the documents read so far are in the transaction, which the
    // exception rolls back in the server; here nothing else was written.
    InvalidPlacementException offPage =
        assertThrows(
            InvalidPlacementException.class,
            () ->
                bed.service.create(
                    SENDER,
                    request(
                        "Box off the page",
                        signer("A", "B", "a@example.org", 1, List.of(box(1, 500, 650, 220, 70))))));
    assertEquals("placement-off-page", offPage.problemType());
    assertEquals(FailureKind.UNPROCESSABLE, offPage.kind());
    InvalidPlacementException noPage =
        assertThrows(
            InvalidPlacementException.class,
            () ->
                bed.service.create(
                    SENDER,
                    request(
                        "No page 2",
                        signer("A", "B", "a@example.org", 1, List.of(box(2, 50, 650, 220, 70))))));
    assertEquals("placement-off-page", noPage.problemType());
    WorkflowException noDocument =
        assertThrows(
            WorkflowException.class,
            () ->
                bed.service.create(
                    SENDER,
                    request(
                        "No document 2",
                        signer(
                            "A",
                            "B",
                            "a@example.org",
                            1,
                            List.of(new SignatureBox(1, 1, 50, 650, 220, 70, null))))));
    assertEquals("invalid-workflow", noDocument.problemType());
    assertTrue(
        noDocument.getMessage().contains("names document 2, but the workflow has 1"),
        noDocument.getMessage());

    assertNothingStarted();
  }

  @Test
  void aFileThatIsNotAPdfOrIsEmptyOrTooLargeIsRefusedAndNothingStarts() {
    assertEquals(
        "not-a-pdf",
        refusedDocument(new NewWorkflow.NewDocument("notes.pdf", "just text".getBytes(), null))
            .problemType());
    assertEquals(
        "empty-document",
        refusedDocument(new NewWorkflow.NewDocument("empty.pdf", new byte[0], null)).problemType());
    byte[] large = new byte[1024 * 1024 + 1];
    PortalException tooLarge =
        assertThrows(
            DocumentTooLargeException.class,
            () ->
                bed.service.create(
                    SENDER,
                    new NewWorkflow(
                        settings("Too large"),
                        List.of(new NewWorkflow.NewDocument("large.pdf", large, null)),
                        List.of(signer("A", "B", "a@example.org", 1)))));
    assertEquals(FailureKind.TOO_LARGE, tooLarge.kind());

    assertNothingStarted();
    assertTrue(bed.documentStore.documents.isEmpty(), "checked before it is stored");
  }

  @Test
  void aDocumentAtAnAddressIsFetchedAndStoredLikeAnUploadedOne() {
    String url = "https://documents.example.org/lease.pdf";
    bed.servedDocuments.put(url, pdf(1));

    bed.service.create(
        SENDER,
        new NewWorkflow(
            settings("Fetched"),
            List.of(new NewWorkflow.NewDocument("lease.pdf", null, url)),
            List.of(signer("A", "B", "a@example.org", 1))));

    assertEquals(List.of(url), bed.fetched);
    assertEquals(1, bed.documentStore.versions.size());
    assertArrayEquals(pdf(1), bed.documentStore.versions.get(0).content());
  }

  @Test
  void aDocumentAtAnAddressTheOutboundPolicyRefusesIsRefusedAndNothingIsStored() {
    String loopback = "http://127.0.0.2:8080/api/v1/trust/anchors";
    bed.refusedAddresses.put(loopback, internalAddress("127.0.0.2", "in 127.0.0.0/8, loopback"));

    RemoteDocumentException refused =
        assertThrows(
            RemoteDocumentException.class,
            () ->
                bed.service.create(
                    SENDER,
                    new NewWorkflow(
                        settings("From the loopback"),
                        List.of(new NewWorkflow.NewDocument("a.pdf", null, loopback)),
                        List.of(signer("A", "B", "a@example.org", 1)))));

    assertEquals("document-not-fetched", refused.problemType());
    assertEquals(FailureKind.UNPROCESSABLE, refused.kind());
    assertTrue(refused.getMessage().contains("loopback"), refused::getMessage);
    assertNothingStarted();
    assertTrue(bed.documentStore.documents.isEmpty());
  }

  @Test
  void aCallbackUrlTheOutboundPolicyRefusesIsRefusedWithTheReason() {
    String internal = "http://10.0.0.5/hook";
    bed.refusedAddresses.put(internal, internalAddress("10.0.0.5", "in 10.0.0.0/8, private use"));

    assertRefused(
        "callbackUrl: 10.0.0.5 is in 10.0.0.0/8, private use: the portal does not connect",
        new NewWorkflow(
            settings("Internal callback", EXPIRES, internal),
            List.of(document("a.pdf")),
            List.of(signer("A", "B", "a@example.org", 1))));
  }

  /** The outbound policy's refusal of an internal address, as the real one words it. */
  private static ProblemText internalAddress(String host, String block) {
    return ProblemText.of("problem.outbound.internal", host, block, "PARAPH_FETCH_ALLOW", host);
  }

  /** The request is refused as an invalid workflow, and nothing at all is left of it. */
  private WorkflowException assertRefused(String expectedMessage, NewWorkflow request) {
    WorkflowException refused =
        assertThrows(WorkflowException.class, () -> bed.service.create(SENDER, request));
    assertEquals("invalid-workflow", refused.problemType());
    assertEquals(FailureKind.BAD_REQUEST, refused.kind());
    assertTrue(
        refused.getMessage().startsWith(expectedMessage),
        () -> "'" + refused.getMessage() + "' starts with '" + expectedMessage + "'");
    assertNothingStarted();
    assertTrue(bed.documentStore.documents.isEmpty(), "no document stored");
    assertTrue(bed.fetched.isEmpty(), "no address fetched");
    return refused;
  }

  private void assertNothingStarted() {
    assertTrue(bed.workflows.all.isEmpty(), "no workflow stored");
    assertTrue(bed.process.started.isEmpty(), "no process started");
    assertTrue(bed.auditLog.events.isEmpty(), () -> "no audit event: " + bed.auditLog.events);
    assertTrue(bed.deliveries.all.isEmpty(), "no callback");
    assertTrue(bed.messages.sent.isEmpty(), "no message");
  }

  private InvalidDocumentException refusedDocument(NewWorkflow.NewDocument document) {
    return assertThrows(
        InvalidDocumentException.class,
        () ->
            bed.service.create(
                SENDER,
                new NewWorkflow(
                    settings("Not a PDF"),
                    List.of(document),
                    List.of(signer("A", "B", "a@example.org", 1)))));
  }

  private static List<NewWorkflow.NewDocument> documents(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> document("doc-" + i + ".pdf")).toList();
  }

  private static List<ParticipantDetails> participants(int count) {
    List<ParticipantDetails> all = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      all.add(signer("Signer", "No" + i, "signer" + i + "@example.org", i));
    }
    return all;
  }

  private static ParticipantDetails bySms(String mobile, String email) {
    return new ParticipantDetails(
        "Sam",
        "Mobile",
        email,
        mobile,
        null,
        1,
        ParticipantAction.SIGN,
        AuthenticationChannel.SMS,
        null,
        List.of());
  }
}
