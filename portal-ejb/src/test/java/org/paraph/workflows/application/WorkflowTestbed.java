package org.paraph.workflows.application;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.domain.AuditEvent;
import org.paraph.documents.domain.Document;
import org.paraph.documents.domain.DocumentRepository;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.documents.domain.PageSize;
import org.paraph.documents.domain.PdfReader;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.documents.domain.RemoteDocumentException;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserDetails;
import org.paraph.identity.domain.UserRepository;
import org.paraph.messaging.application.Messages;
import org.paraph.messaging.domain.EmailMessage;
import org.paraph.messaging.domain.SmsMessage;
import org.paraph.seals.application.SealKeys;
import org.paraph.seals.domain.DocumentSigner;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealAppearance;
import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealPolicy;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.seals.domain.StoredPkcs12;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.application.Secrets;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ProblemText;
import org.paraph.trust.application.SignerCertificates;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.CallbackDelivery;
import org.paraph.workflows.domain.CallbackDeliveryRepository;
import org.paraph.workflows.domain.EditableField;
import org.paraph.workflows.domain.OtpCheck;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantDetails;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.ReplacedLink;
import org.paraph.workflows.domain.SignatureBox;
import org.paraph.workflows.domain.SignatureMode;
import org.paraph.workflows.domain.SignatureProcess;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowRepository;
import org.paraph.workflows.domain.WorkflowSettings;
import org.paraph.workflows.domain.WorkflowState;

/**
 * The workflow use cases wired by hand, as the container would wire them, over small fakes of their
 * ports: workflows, documents, users, seals and callback deliveries kept in memory, messages and
 * audit events recorded, a signer that marks what it signs, a clock the test moves, and a signature
 * process that only records what it is asked. The process (the BPMN on Flowable) decides who acts
 * when; here the test plays its part by calling {@link WorkflowSteps} itself, as the engine's
 * delegates do. What rolls back with a transaction in the server stays in memory here.
 */
final class WorkflowTestbed {

  static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
  static final Instant EXPIRES = Instant.parse("2026-12-31T18:00:00Z");
  static final String SENDER_NAME = "alice";
  static final String SENDER_EMAIL = "alice.sender@example.org";
  static final Actor SENDER = Actor.user(SENDER_NAME, "192.0.2.10", "sender browser");
  static final RequestOrigin ORIGIN = new RequestOrigin("198.51.100.7", "participant browser");
  static final String CALLBACK_URL = "https://hooks.example.org/paraph";
  static final String BASE_URL = "https://sign.example.org";
  static final String TSA_URL = "http://tsa.example.org/down";

  /** An A4 page in points, as {@link #pdf} describes each page. */
  static final PageSize A4 = new PageSize(595f, 842f);

  final TestClock clock = new TestClock(NOW);
  final InMemoryWorkflows workflows = new InMemoryWorkflows();
  final InMemoryDocuments documentStore = new InMemoryDocuments();
  final RecordingProcess process = new RecordingProcess();
  final SentMessages messages = new SentMessages();
  final RecordedAudit auditLog = new RecordedAudit();
  final InMemoryDeliveries deliveries = new InMemoryDeliveries();
  final InMemoryUsers users = new InMemoryUsers();
  final MarkingSigner signer = new MarkingSigner();
  final Map<String, byte[]> servedDocuments = new HashMap<>();
  final Map<String, ProblemText> refusedAddresses = new HashMap<>();
  final List<String> fetched = new ArrayList<>();
  final List<OtpCheck> otpChecks = new ArrayList<>();
  final Seal organisationSeal =
      new Seal("acme", "ACME SA", new StoredPkcs12(new byte[] {1, 2, 3}, "x"), true, true, NOW);
  Optional<Seal> organisationDefault = Optional.of(organisationSeal);
  boolean qualifiedConfigured;

  final WorkflowDocuments documents = new WorkflowDocuments();
  final WorkflowAudit audit = new WorkflowAudit();
  final Callbacks callbacks = new Callbacks();
  final Invitations invitations = new Invitations();
  final ParticipantSignatures signatures = new ParticipantSignatures();
  final OtpAttempts otpAttempts = new OtpAttempts();
  final OtpRequestSettings otpRequests = new OtpRequestSettings();
  final ParticipantLinks links = new ParticipantLinks();
  final WorkflowSteps steps = new WorkflowSteps();
  final FinalisationFailures failures = new FinalisationFailures();
  final WorkflowFinalisation finalisation = new WorkflowFinalisation();
  final SealTasks sealTasks = new SealTasks();
  final WorkflowService service = new WorkflowService();

  WorkflowTestbed() {
    organisationSeal.configure(
        null, new SealAppearance(), new SealPolicy(SealLevel.B_LTA, List.of(TSA_URL), false));
    User sender = new User(SENDER_NAME, "Alice Sender", "hash", Set.of(Role.USER), NOW);
    sender.describe(new UserDetails("Alice Sender", SENDER_EMAIL));
    users.add(sender);

    PortalConfig config =
        new PortalConfig() {
          @Override
          public String baseUrl() {
            return BASE_URL;
          }

          @Override
          public long maxUploadBytes() {
            return 1024 * 1024;
          }

          @Override
          public int maxUploadMegabytes() {
            return 1;
          }
        };
    SealKeys sealKeys =
        new SealKeys() {
          @Override
          public SigningCredential keyOf(Seal seal) {
            return TestKeys.KEY;
          }
        };
    SignerCertificates signerCertificates =
        new SignerCertificates() {
          @Override
          public SealingKey issue(String fullName, String email) {
            return TestKeys.KEY;
          }

          @Override
          public boolean test() {
            return true;
          }
        };
    SealRepository seals = new OrganisationSeal(this);

    documents.documents = documentStore;
    audit.auditLog = auditLog;

    callbacks.deliveries = deliveries;
    callbacks.workflows = workflows;
    callbacks.secrets =
        new Secrets() {
          @Override
          public String encrypt(String plaintext) {
            return "sealed:" + plaintext;
          }

          @Override
          public String decrypt(String stored) {
            return stored.substring("sealed:".length());
          }
        };
    callbacks.audit = audit;
    callbacks.clock = clock;
    callbacks.self = callbacks;

    // Mails, trails and reasons in their reader's language: the portal users' own settings.
    ReaderLocales locales = new ReaderLocales();
    locales.users = users;
    invitations.locales = locales;
    links.locales = locales;
    sealTasks.locales = locales;
    finalisation.locales = locales;

    invitations.workflows = workflows;
    invitations.messages = messages;
    invitations.users = users;
    invitations.audit = audit;
    invitations.config = config;
    invitations.callbacks = callbacks;
    invitations.clock = clock;

    signatures.documents = documents;
    signatures.signer = signer;
    signatures.clock = clock;

    otpRequests.requestsPerWindow = 3;
    otpRequests.windowMinutes = 10;

    otpAttempts.workflows = workflows;
    otpAttempts.audit = audit;
    otpAttempts.callbacks = callbacks;
    otpAttempts.invitations = invitations;
    otpAttempts.links = links;
    otpAttempts.clock = clock;
    otpAttempts.metrics = otpChecks::add;

    links.workflows = workflows;
    links.documents = documents;
    links.otpAttempts = otpAttempts;
    links.signatures = signatures;
    links.signerCertificates = signerCertificates;
    links.steps = steps;
    links.messages = messages;
    links.audit = audit;
    links.callbacks = callbacks;
    links.otpRequests = otpRequests;
    links.clock = clock;
    links.self = links;

    failures.workflows = workflows;
    failures.audit = audit;
    failures.callbacks = callbacks;

    finalisation.workflows = workflows;
    finalisation.documents = documents;
    finalisation.seals = seals;
    finalisation.sealKeys = sealKeys;
    finalisation.signer = signer;
    finalisation.metrics = (use, sealName, level, result, took) -> {};
    finalisation.invitations = invitations;
    finalisation.audit = audit;
    finalisation.failures = failures;
    finalisation.callbacks = callbacks;
    finalisation.trailRenderer =
        trail -> ("%PDF-1.7 audit trail of " + trail.name()).getBytes(StandardCharsets.UTF_8);
    finalisation.clock = clock;
    finalisation.self = finalisation;

    steps.workflows = workflows;
    steps.invitations = invitations;
    steps.finalisation = finalisation;
    steps.processes = process;
    steps.audit = audit;
    steps.callbacks = callbacks;
    steps.clock = clock;

    sealTasks.workflows = workflows;
    sealTasks.documents = documents;
    sealTasks.signatures = signatures;
    sealTasks.seals = seals;
    sealTasks.sealKeys = sealKeys;
    sealTasks.steps = steps;
    sealTasks.audit = audit;
    sealTasks.callbacks = callbacks;
    sealTasks.clock = clock;

    service.workflows = workflows;
    service.documents = documents;
    service.processes = process;
    service.users = users;
    service.fetcher = this::fetch;
    service.callbacks = callbacks;
    service.qualifiedTrustService =
        new QualifiedTrustService() {
          @Override
          public boolean configured() {
            return qualifiedConfigured;
          }
        };
    service.outboundPolicy = url -> Optional.ofNullable(refusedAddresses.get(url));
    service.audit = audit;
    service.config = config;
    service.clock = clock;
    service.pdfs = new FakePdfs();
  }

  // Requests, as a sender or an API client would write them.

  /** A PDF the fake reader takes for one with this many A4 pages. */
  static byte[] pdf(int pages) {
    return ("%PDF-1.7 pages=" + pages).getBytes(StandardCharsets.UTF_8);
  }

  static WorkflowSettings settings(String name) {
    return settings(name, EXPIRES, null);
  }

  static WorkflowSettings settings(String name, Instant expiresAt, String callbackUrl) {
    return new WorkflowSettings(
        name,
        expiresAt,
        null,
        callbackUrl,
        Set.of(SignatureMode.TYPED, SignatureMode.DRAWN),
        Set.of(EditableField.NAME),
        null);
  }

  static NewWorkflow.NewDocument document(String name) {
    return new NewWorkflow.NewDocument(name, pdf(1), null);
  }

  static NewWorkflow request(String name, ParticipantDetails... participants) {
    return new NewWorkflow(settings(name), List.of(document("a.pdf")), List.of(participants));
  }

  /** A participant who signs with a code sent by e-mail, without a visible box. */
  static ParticipantDetails signer(String firstName, String surname, String email, int order) {
    return signer(firstName, surname, email, order, List.of());
  }

  static ParticipantDetails signer(
      String firstName, String surname, String email, int order, List<SignatureBox> boxes) {
    return new ParticipantDetails(
        firstName,
        surname,
        email,
        null,
        null,
        order,
        ParticipantAction.SIGN,
        AuthenticationChannel.EMAIL,
        null,
        boxes);
  }

  /** A portal user who approves the organisation seal. */
  static ParticipantDetails sealApprover(String portalUser, int order) {
    return new ParticipantDetails(
        "Seal",
        "Approver",
        null,
        null,
        null,
        order,
        ParticipantAction.SEAL,
        AuthenticationChannel.EMAIL,
        portalUser,
        List.of());
  }

  /** A box on the first document, in points from the page's top-left corner. */
  static SignatureBox box(int page, float x, float y, float width, float height) {
    return new SignatureBox(0, page, x, y, width, height, null);
  }

  static SignatureInput typed(String text) {
    return new SignatureInput(SignatureMode.TYPED, text, null, null, null, null, null);
  }

  // What the user and the process do.

  /** Creates the workflow as the sender; the process is asked to start, nobody is invited yet. */
  Workflow create(NewWorkflow request) {
    WorkflowView view = service.create(SENDER, request);
    return workflows.find(view.id()).orElseThrow();
  }

  /** The process's turn begins for this participant, as the engine's task listener says. */
  String invite(Participant participant) {
    steps.invite(participant.id());
    return linkSentTo(participant.email());
  }

  /** Asks for a code through the link and returns the code that was sent. */
  String requestCode(String link, String email) {
    links.sendOtp(link, ORIGIN);
    return codeSentTo(email);
  }

  SigningView sign(String link, String code, String typed) {
    return links.complete(link, code, typed(typed), ORIGIN);
  }

  // What reached people and systems.

  /** The newest link token mailed to this address. */
  String linkSentTo(String email) {
    return newestSecretTo(email, secret -> !secret.matches("\\d{6}"))
        .orElseThrow(() -> new AssertionError("no link was sent to " + email));
  }

  /** The newest one-time password mailed to this address. */
  String codeSentTo(String email) {
    return newestSecretTo(email, secret -> secret.matches("\\d{6}"))
        .orElseThrow(() -> new AssertionError("no code was sent to " + email));
  }

  private Optional<String> newestSecretTo(String email, Predicate<String> kind) {
    List<EmailMessage> to = messages.emailsTo(email);
    for (int i = to.size() - 1; i >= 0; i--) {
      Optional<String> secret = to.get(i).secrets().stream().filter(kind).findFirst();
      if (secret.isPresent()) {
        return secret;
      }
    }
    return Optional.empty();
  }

  /** The audit actions recorded so far, in order. */
  List<String> auditActions() {
    return auditLog.events.stream().map(RecordedAudit.Event::action).toList();
  }

  /** The callback events queued so far, in order. */
  List<String> callbackEvents() {
    return deliveries.all.values().stream().map(CallbackDelivery::event).toList();
  }

  private byte[] fetch(String url) {
    fetched.add(url);
    ProblemText refusal = refusedAddresses.get(url);
    if (refusal != null) {
      throw RemoteDocumentException.refused(refusal);
    }
    byte[] served = servedDocuments.get(url);
    if (served == null) {
      throw RemoteDocumentException.answered(url, 404);
    }
    return served.clone();
  }

  /** A clock that stands still until the test moves it. */
  static final class TestClock extends Clock {
    private Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  /** A signature process that records what the use cases ask of it, and decides nothing. */
  static final class RecordingProcess implements SignatureProcess {
    record Turn(UUID participantId, boolean signed) {}

    final List<Workflow> started = new ArrayList<>();
    final List<Turn> turns = new ArrayList<>();
    final List<String> cancelled = new ArrayList<>();
    final List<String> retried = new ArrayList<>();

    @Override
    public String start(Workflow workflow) {
      started.add(workflow);
      return "process-of-" + workflow.id();
    }

    @Override
    public void completeTurn(String processInstanceId, UUID participantId, boolean signed) {
      turns.add(new Turn(participantId, signed));
    }

    @Override
    public int retryCompletion(String processInstanceId) {
      retried.add(processInstanceId);
      return 1;
    }

    @Override
    public void cancel(String processInstanceId, String reason) {
      cancelled.add(processInstanceId + ": " + reason);
    }
  }

  /** The outbox as the use cases see it: what they asked to send, kept in order. */
  static final class SentMessages extends Messages {
    final List<Object> sent = new ArrayList<>();

    @Override
    public void send(EmailMessage message) {
      sent.add(message);
    }

    @Override
    public void send(SmsMessage message) {
      sent.add(message);
    }

    List<EmailMessage> emailsTo(String address) {
      return sent.stream()
          .filter(EmailMessage.class::isInstance)
          .map(EmailMessage.class::cast)
          .filter(m -> m.to().equals(address))
          .toList();
    }

    List<SmsMessage> smsTo(String number) {
      return sent.stream()
          .filter(SmsMessage.class::isInstance)
          .map(SmsMessage.class::cast)
          .filter(m -> m.to().equals(number))
          .toList();
    }

    /** Whether a link or a code reached this participant's address or number. */
    boolean carried(String secret, String destination) {
      return sent.stream()
          .anyMatch(
              m ->
                  (m instanceof EmailMessage e
                          && e.to().equals(destination)
                          && e.secrets().contains(secret))
                      || (m instanceof SmsMessage s
                          && s.to().equals(destination)
                          && s.secrets().contains(secret)));
    }
  }

  /** The audit log as the use cases see it: what they recorded, in order. */
  static final class RecordedAudit extends AuditLog {
    record Event(Actor actor, String action, String subject, String details) {}

    final List<Event> events = new ArrayList<>();

    @Override
    public void record(Actor actor, String action, String subject, String details) {
      events.add(new Event(actor, action, subject, details));
    }

    @Override
    public List<AuditEvent> about(String subject) {
      return List.of();
    }

    List<Event> of(String action) {
      return events.stream().filter(e -> e.action().equals(action)).toList();
    }
  }

  /**
   * Workflows kept in memory. A link token is found as the database finds it, by the participant's
   * current link: the token must have reached the participant (links only ever leave the portal in
   * a message) and must not be among the links a newer one replaced.
   */
  final class InMemoryWorkflows implements WorkflowRepository {
    final Map<UUID, Workflow> all = new LinkedHashMap<>();

    @Override
    public void add(Workflow workflow) {
      all.put(workflow.id(), workflow);
    }

    @Override
    public Optional<Workflow> find(UUID id) {
      return Optional.ofNullable(all.get(id));
    }

    @Override
    public Optional<Workflow> findForUpdate(UUID id) {
      return find(id);
    }

    @Override
    public Optional<Participant> participantByLinkToken(String token) {
      String hash = Participant.hashOfToken(token);
      return participants()
          .filter(
              p ->
                  messages.carried(token, p.email())
                      || (p.mobile() != null && messages.carried(token, p.mobile())))
          .filter(p -> p.replacedLinks().stream().noneMatch(r -> r.tokenHash().equals(hash)))
          .findFirst();
    }

    @Override
    public void lockAndRefresh(Participant participant) {
      // One thread: nothing to queue behind, nothing to read again.
    }

    @Override
    public Optional<ReplacedLink> replacedLink(String token) {
      String hash = Participant.hashOfToken(token);
      return participants()
          .flatMap(p -> p.replacedLinks().stream())
          .filter(r -> r.tokenHash().equals(hash))
          .findFirst();
    }

    @Override
    public Optional<Participant> participantByQualifiedState(String state) {
      throw new UnsupportedOperationException("no qualified signature here");
    }

    @Override
    public Optional<Participant> participant(UUID id) {
      return participants().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public List<Participant> pendingTasksOf(String portalUser) {
      return participants()
          .filter(p -> p.action() == ParticipantAction.SEAL)
          .filter(p -> portalUser.equals(p.portalUser()))
          .filter(p -> p.state() == ParticipantState.INVITED)
          .filter(p -> p.workflow().state() == WorkflowState.IN_PROGRESS)
          .toList();
    }

    @Override
    public List<Workflow> sentBy(String senderName, int maxResults) {
      return all.values().stream()
          .filter(w -> w.senderName().equals(senderName))
          .limit(maxResults)
          .toList();
    }

    @Override
    public List<Workflow> latest(int maxResults) {
      return all.values().stream().limit(maxResults).toList();
    }

    private java.util.stream.Stream<Participant> participants() {
      return all.values().stream().flatMap(w -> w.participants().stream());
    }
  }

  /** Documents and their versions kept in memory. */
  static final class InMemoryDocuments implements DocumentRepository {
    final Map<UUID, Document> documents = new LinkedHashMap<>();
    final List<DocumentVersion> versions = new ArrayList<>();

    DocumentVersion latest(UUID documentId) {
      return latestVersion(documentId).orElseThrow();
    }

    @Override
    public void add(Document document) {
      documents.put(document.id(), document);
    }

    @Override
    public void add(DocumentVersion version) {
      if (!documents.containsKey(version.documentId())) {
        throw new IllegalStateException("a version of a document never stored");
      }
      versions.add(version);
    }

    @Override
    public Optional<Document> find(UUID documentId) {
      return Optional.ofNullable(documents.get(documentId));
    }

    @Override
    public Optional<DocumentVersion> findVersion(UUID versionId) {
      return versions.stream().filter(v -> v.id().equals(versionId)).findFirst();
    }

    @Override
    public Optional<DocumentVersion> latestVersion(UUID documentId) {
      return versions.stream()
          .filter(v -> v.documentId().equals(documentId))
          .reduce(
              (earlier, later) ->
                  later.versionNumber() > earlier.versionNumber() ? later : earlier);
    }
  }

  static final class InMemoryUsers implements UserRepository {
    final Map<String, User> byName = new LinkedHashMap<>();

    @Override
    public Optional<User> findByUsername(String username) {
      return Optional.ofNullable(byName.get(username));
    }

    @Override
    public List<User> all() {
      return List.copyOf(byName.values());
    }

    @Override
    public void add(User user) {
      byName.put(user.username(), user);
    }

    @Override
    public long count() {
      return byName.size();
    }
  }

  static final class InMemoryDeliveries implements CallbackDeliveryRepository {
    final Map<UUID, CallbackDelivery> all = new LinkedHashMap<>();

    @Override
    public void add(CallbackDelivery delivery) {
      all.put(delivery.id(), delivery);
    }

    @Override
    public List<UUID> due(Instant now, int maxResults) {
      return all.values().stream()
          .filter(d -> d.due(now))
          .limit(maxResults)
          .map(CallbackDelivery::id)
          .toList();
    }

    @Override
    public Optional<CallbackDelivery> findForUpdate(UUID id) {
      return Optional.ofNullable(all.get(id));
    }

    @Override
    public List<CallbackDelivery> ofWorkflow(UUID workflowId) {
      return all.values().stream().filter(d -> d.workflowId().equals(workflowId)).toList();
    }
  }

  /**
   * Signs by appending a mark to the content, or fails as the sealing engine does when it is told
   * to: enough to see what was signed, in which order and with what options.
   */
  static final class MarkingSigner implements DocumentSigner {
    record Call(byte[] content, SealOptions options, List<String> tsaUrls) {}

    final List<Call> calls = new ArrayList<>();
    RuntimeException failure;

    @Override
    public byte[] seal(
        SealFormat format,
        byte[] content,
        SigningCredential key,
        SealOptions options,
        List<String> tsaUrls) {
      if (failure != null) {
        throw failure;
      }
      calls.add(new Call(content, options, tsaUrls));
      byte[] mark =
          ("%signed " + options.level() + " " + options.organisationName())
              .getBytes(StandardCharsets.UTF_8);
      byte[] signed = new byte[content.length + mark.length];
      System.arraycopy(content, 0, signed, 0, content.length);
      System.arraycopy(mark, 0, signed, content.length, mark.length);
      return signed;
    }
  }

  /** Reads {@link #pdf} documents as A4 pages; anything else is not a PDF. */
  private static final class FakePdfs implements PdfReader {
    @Override
    public PdfSummary inspect(byte[] pdf) {
      String text = new String(pdf, StandardCharsets.UTF_8);
      if (!text.startsWith("%PDF-1.7 pages=")) {
        throw InvalidDocumentException.notAPdf();
      }
      int pages = Integer.parseInt(text.substring("%PDF-1.7 pages=".length()));
      List<PageSize> sizes = new ArrayList<>();
      for (int i = 0; i < pages; i++) {
        sizes.add(A4);
      }
      return new PdfSummary(sizes, false);
    }

    @Override
    public byte[] renderPagePng(byte[] pdf, int page, float dpi) {
      throw new UnsupportedOperationException("no preview in these tests");
    }
  }

  private record OrganisationSeal(WorkflowTestbed testbed) implements SealRepository {
    @Override
    public Optional<Seal> organisationDefault() {
      return testbed.organisationDefault;
    }

    @Override
    public Optional<Seal> findByName(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Seal> find(UUID id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Seal> lastRetiredNamed(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Seal> all() {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Seal> inService() {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Seal> ownedBy(String username) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(Seal seal) {
      throw new UnsupportedOperationException();
    }
  }

  /**
   * One key and certificate for every signature: the fake signer never uses the key, but a
   * participant's signature records the certificate.
   */
  private static final class TestKeys {
    static final SealingKey KEY = generate();

    private static SealingKey generate() {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("C=FR,O=Paraph tests,CN=Test signer");
        X509Certificate certificate =
            new JcaX509CertificateConverter()
                .getCertificate(
                    new JcaX509v3CertificateBuilder(
                            name,
                            BigInteger.valueOf(42),
                            Date.from(NOW.minus(Duration.ofDays(1))),
                            Date.from(NOW.plus(Duration.ofDays(365))),
                            name,
                            keys.getPublic())
                        .build(
                            new JcaContentSignerBuilder("SHA256withECDSA")
                                .build(keys.getPrivate())));
        return new SealingKey(keys.getPrivate(), List.of(certificate));
      } catch (Exception e) {
        throw new IllegalStateException("a test key", e);
      }
    }
  }
}
