package org.paraph.it.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paraph.it.support.Browser;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantActions;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PdfText;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * The main pages walked in the pseudo-locale ({@code en-XA}, every text of the bundle wrapped in
 * brackets and accented), as a tester does before a translation: a text still written in the code
 * shows as plain English and fails the walk. What is the person's data (names, files, dates,
 * numbers, addresses) stays plain and is recognised as such.
 */
@ExtendWith(SharedServer.class)
class PseudoLocaleIT {

  /**
   * Every text node and every text a person reads in an attribute, from the whole page, except
   * inside what {@code arguments[0]} selects: what the portal recorded and shows as it was (the
   * audit log's subjects, in the hash chain).
   */
  private static final String TEXTS =
      "const recorded = arguments[0];"
          + "const out = [];"
          + "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
          + "while (walker.nextNode()) {"
          + "  const node = walker.currentNode;"
          + "  const parent = node.parentElement;"
          + "  if (!parent || parent.closest('script,style,noscript,textarea')) continue;"
          + "  if (recorded && parent.closest(recorded)) continue;"
          + "  out.push(node.textContent);"
          + "}"
          + "document.querySelectorAll('[placeholder],[title],[aria-label],[alt],"
          + "input[type=submit],input[type=button]').forEach(e => {"
          + "  ['placeholder','title','aria-label','alt'].forEach(a => {"
          + "    if (e.hasAttribute(a)) out.push(e.getAttribute(a)); });"
          + "  if (e.type === 'submit' || e.type === 'button') out.push(e.value);"
          + "});"
          + "out.push(document.title);"
          + "return out;";

  /** A letter of the pseudo-locale: only text from the bundle has them. */
  private static final Pattern PSEUDO =
      Pattern.compile("[àƀçďéƒĝĥîĵķľɱñöþǫŕšţûṽŵẋýžÀƁÇĎÉƑĜĤÎĴĶĽṀÑÖÞǪŔŜŢÛṼŴẊÝŽ]");

  private static final Pattern PLAIN_LETTER = Pattern.compile("[A-Za-z]");

  /**
   * Data, not text, besides the users and seals the portal holds: what the portal shows of the
   * person's things as they are.
   */
  private static final List<Pattern> DATA =
      List.of(
          Pattern.compile("^[\\w.+-]+@[\\w.-]+$"),
          Pattern.compile("^[\\w .-]+\\.(pdf|p12|pfx|png|jpe?g|csv|json|xml)$"),
          // when: dates and times as the locale formats them
          Pattern.compile(
              "^[\\w ,.:/-]*\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b[\\w ,.:/-]*$"),
          Pattern.compile("^\\d[\\d ,.:/TZ+-]*(AM|PM|UTC)?$"),
          // identifiers and digests, levels and formats of the standards (their names, not words)
          Pattern.compile("^[0-9a-fA-F-]{8,}$"),
          Pattern.compile(
              "^(PAdES|CAdES|XAdES|B-B|B-T|B-LT|B-LTA|PDF|PDF/A|OTP|SMS|API|CSV|JSON|PKCS#11|PKCS#12|CSC|SHA-256|URL|HTTPS?)$"),
          // ETSI's names of signature formats and its validation indications (EN 319 102-1), which
          // the report gives as codes to look up, next to its verdict in words
          Pattern.compile("^(PAdES|CAdES|XAdES|JAdES)-BASELINE-(B|T|LT|LTA)$"),
          Pattern.compile("^(TOTAL_PASSED|TOTAL_FAILED|INDETERMINATE|PASSED|FAILED)$"),
          // the product's name, and the demo trust setup's names (certificates made at first start)
          Pattern.compile("^Paraph$"),
          // a language named in itself on the language picker, so that a person finds theirs
          Pattern.compile("^(English|Deutsch|français|Français|italiano|Italiano)$"),
          Pattern.compile(".*\\bDemo\\b.*"));

  /**
   * The audit log's subjects: recorded names (a user, a seal, a workflow's number). The details are
   * checked: this version records them as a code and its parameters, said in the reader's language.
   */
  private static final String AUDIT_RECORDED = "[id='audit:events'] td:nth-child(5)";

  private WebDriver driver;
  private WebDriverWait wait;
  private Set<String> known = new HashSet<>();

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void everyTextOfTheMainPagesComesFromTheBundle(ParaphServer server) throws Exception {
    Path work = Files.createTempDirectory(server.dataDir().getParent(), "pseudo-");
    driver = Browser.start(work, "en-XA");
    wait = Browser.waitUpTo(driver, Duration.ofSeconds(30));
    Map<String, List<String>> plain = new LinkedHashMap<>();
    known = knownData(server);

    driver.get(server.baseUrl() + "/verify.xhtml");
    collect("/verify.xhtml", plain, work, null);
    driver.get(server.baseUrl() + "/login.xhtml");
    collect("/login.xhtml", plain, work, null);
    logIn();
    for (String page :
        List.of(
            "/app/seal.xhtml",
            "/app/batch.xhtml",
            "/app/seals.xhtml",
            "/app/tasks.xhtml",
            "/app/workflows.xhtml",
            "/app/workflow-new.xhtml",
            "/app/profile.xhtml",
            "/admin/audit.xhtml",
            "/admin/messages.xhtml",
            "/admin/seals.xhtml",
            "/admin/seal-appearance.xhtml",
            "/admin/users.xhtml")) {
      driver.get(server.baseUrl() + page);
      Browser.awaitAjaxQuiet(driver, wait);
      collect(page, plain, work, page.equals("/admin/audit.xhtml") ? AUDIT_RECORDED : null);
    }
    assertEquals(Map.of(), plain, "texts not taken from the bundle, by page");
  }

  /**
   * A person chooses the pseudo-locale on their profile page, in a browser that asks for English:
   * their choice wins over the browser. What the portal then writes to them as a sender is in it
   * too: the mail that one of their participants' links locked, their workflow's audit trail; and
   * the verification report of the final document, asked for in that language.
   */
  @Test
  void aPersonsOwnLanguageReachesTheirPagesTheirMailAndThePdfs(ParaphServer server)
      throws Exception {
    Path work = Files.createTempDirectory(server.dataDir().getParent(), "pseudo-own-");
    String stamp = Long.toString(System.nanoTime(), 36);
    String lena = "lena-" + stamp;
    String lenaMail = lena + "@pseudo.example.org";
    String password = "lena-Pseudo-Secret-42";
    PortalClient admin = PortalClient.asAdmin(server);
    HttpResponse<byte[]> created =
        admin.postJson(
            "/api/v1/users",
            Json.createObjectBuilder()
                .add("username", lena)
                .add("displayName", "Lena Pseudo")
                .add("email", lenaMail)
                .add("password", password)
                .build()
                .toString());
    assertEquals(201, created.statusCode(), () -> new String(created.body(), UTF_8));

    driver = Browser.start(work, "en");
    wait = Browser.waitUpTo(driver, Duration.ofSeconds(30));
    driver.get(server.baseUrl() + "/app/profile.xhtml");
    logIn(lena, password);
    wait.until(ExpectedConditions.urlContains("/app/"));
    driver.get(server.baseUrl() + "/app/profile.xhtml");
    assertEquals("en", lang(), "the browser's language before a choice");
    Browser.chooseFromMenu(driver, wait, "language:choice", "Pseudo-locale, for testers");
    driver.findElement(By.id("language:save")).click();
    wait.until(d -> "en-XA".equals(lang()));
    String heading = driver.findElement(By.tagName("h2")).getText();
    assertTrue(PSEUDO.matcher(heading).find(), heading);

    // Lena sends a workflow; its participant types five wrong codes: Lena is told, in her language.
    PortalClient asLena = new PortalClient(server, lena, password);
    String signer = "sam-" + stamp + "@pseudo.example.org";
    HttpResponse<byte[]> started =
        asLena.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("Lease " + stamp)
                .document("lease.pdf", TestPdfs.a4(1))
                .signer("Sam", "Signer", signer, 1, 50)
                .json());
    assertEquals(201, started.statusCode(), () -> new String(started.body(), UTF_8));
    String id = PortalClient.json(started).getString("id");
    String link = ParticipantMail.linkIn(ParticipantMail.awaitOutbox(server, signer, 1).get(0));
    ParticipantActions.requestCode(server, link);
    String code = ParticipantMail.codeIn(ParticipantMail.awaitOutbox(server, signer, 2).get(1));
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 5; i++) {
      ParticipantActions.signTyped(server, link, wrong, "Sam Signer");
    }
    String lockedMail = ParticipantMail.awaitOutbox(server, lenaMail, 1).get(0);
    Set<String> data = new HashSet<>(Set.of("Sam Signer", "Sam", "Signer", "Lease " + stamp));
    assertEquals(List.of(), plainWords(lockedMail, data), "the mail to the sender: " + lockedMail);

    // She sends a new link; Sam signs; the workflow ends with its audit trail, in her language.
    String samId =
        PortalClient.json(asLena.get("/api/v1/workflows/" + id, "application/json"))
            .getJsonArray("participants")
            .getJsonObject(0)
            .getString("id");
    ParticipantActions.requireOk(
        asLena.post(
            "/api/v1/workflows/" + id + "/participants/" + samId + "/resend",
            null,
            null,
            "application/json"),
        "resending the link");
    String newLink = ParticipantMail.linkIn(ParticipantMail.awaitOutbox(server, signer, 3).get(2));
    ParticipantActions.requestCode(server, newLink);
    String newCode = ParticipantMail.codeIn(ParticipantMail.awaitOutbox(server, signer, 4).get(3));
    ParticipantActions.requireOk(
        ParticipantActions.signTyped(server, newLink, newCode, "Sam Signer"), "signing");
    JsonObject completed = ParticipantActions.awaitState(asLena, id, "COMPLETED");

    HttpResponse<byte[]> trail =
        asLena.get("/api/v1/workflows/" + id + "/audit-trail", "application/pdf");
    assertEquals(200, trail.statusCode());
    JsonObject events =
        PortalClient.json(
            asLena.get("/api/v1/workflows/" + id + "/audit-trail", "application/json"));
    // The events' actions, subjects and details are recorded data, in the hash chain.
    for (JsonObject event : events.getJsonArray("events").getValuesAs(JsonObject.class)) {
      addStrings(
          data,
          event,
          "action",
          "subject",
          "details",
          "actor",
          "actorKind",
          "clientIp",
          "userAgent");
    }
    data.addAll(List.of(lena, "Lena Pseudo", "lease.pdf", signer, lenaMail));
    String trailText = PdfText.of(trail.body());
    assertEquals(List.of(), plainWords(trailText, data), "the audit trail: " + trailText);

    String documentId = completed.getJsonArray("documents").getJsonObject(0).getString("id");
    byte[] finalPdf =
        asLena
            .get("/api/v1/workflows/" + id + "/documents/" + documentId, "application/pdf")
            .body();
    HttpResponse<byte[]> report = verification(server, finalPdf, "application/pdf");
    assertEquals(200, report.statusCode(), () -> new String(report.body(), UTF_8));
    // Who signed, as their certificates name them: data, as the JSON report has it.
    for (JsonObject signature :
        PortalClient.json(verification(server, finalPdf, "application/json"))
            .getJsonArray("signatures")
            .getValuesAs(JsonObject.class)) {
      addStrings(data, signature, "signer");
    }
    String reportText = PdfText.of(report.body());
    assertEquals(List.of(), plainWords(reportText, data), "the verification report: " + reportText);
  }

  private static HttpResponse<byte[]> verification(ParaphServer server, byte[] pdf, String accept)
      throws Exception {
    PortalClient.Multipart body = new PortalClient.Multipart().file("file", "lease.pdf", pdf);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(server.uri("/api/v1/verifications"))
                .header("Content-Type", body.contentType())
                .header("Accept", accept)
                .header("Accept-Language", "en-XA")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * The words of {@code text} outside the pseudo-locale's brackets that are neither the given data
   * nor data by their form (addresses, links, dates, digests, identifiers, standards' names).
   */
  private List<String> plainWords(String text, Set<String> data) {
    // A PDF wraps a long value over lines: spaces and line ends count as one space on both sides.
    String rest = oneSpaced(text);
    List<String> longestFirst = new ArrayList<>(data);
    longestFirst.sort((a, b) -> Integer.compare(b.length(), a.length()));
    for (String value : longestFirst) {
      if (!value.isBlank()) {
        rest = rest.replace(oneSpaced(value), " ");
      }
    }
    // Brackets nest when an argument is itself a text: remove the innermost until none is left.
    String before;
    do {
      before = rest;
      rest = rest.replaceAll("\\[[^\\[\\]]*\\]", " ");
    } while (!rest.equals(before));
    List<String> words = new ArrayList<>();
    for (String word : rest.split("\\s+")) {
      String trimmed = word.replaceAll("^[^\\w]+|[^\\w]+$", "");
      if (PLAIN_LETTER.matcher(trimmed).find()
          && !isData(trimmed)
          && !trimmed.matches("(https?://|/sign/|/app/)\\S*|\\S*/\\S*")
          && !words.contains(trimmed)) {
        words.add(trimmed);
      }
    }
    return words;
  }

  private static String oneSpaced(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private String lang() {
    return (String)
        ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang");
  }

  private void logIn() {
    logIn(ParaphServer.ADMIN, ParaphServer.ADMIN_PASSWORD);
  }

  private void logIn(String username, String password) {
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
  }

  /**
   * What the portal holds that pages show as it is: the users' names and addresses, the seals'
   * names, owners and certificate names. Other test classes on the shared server add their own.
   */
  private static Set<String> knownData(ParaphServer server) throws Exception {
    PortalClient admin = PortalClient.asAdmin(server);
    Set<String> known = new HashSet<>();
    for (JsonObject user : array(admin, "/api/v1/users")) {
      addStrings(known, user, "username", "displayName", "email");
    }
    for (JsonObject seal : array(admin, "/api/v1/seal-credentials")) {
      addStrings(known, seal, "name", "owner", "subject", "issuer");
      // and the parts of the certificate's name shown on their own (organisation, common name)
      for (String name : List.of("subject", "issuer")) {
        if (seal.get(name) instanceof JsonString value) {
          for (String part : value.getString().split(",")) {
            known.add(part.substring(part.indexOf('=') + 1).strip());
          }
        }
      }
    }
    return known;
  }

  private static List<JsonObject> array(PortalClient client, String path) throws Exception {
    HttpResponse<byte[]> response = client.get(path, "application/json");
    assertEquals(200, response.statusCode(), path);
    return Json.createReader(new ByteArrayInputStream(response.body()))
        .readArray()
        .getValuesAs(JsonObject.class);
  }

  private static void addStrings(Set<String> known, JsonObject object, String... names) {
    for (String name : names) {
      if (object.containsKey(name) && object.get(name) instanceof JsonString value) {
        known.add(value.getString());
      }
    }
  }

  /** A text from the bundle: accented, or, when it has no letter of its own, in brackets. */
  private static boolean fromBundle(String text) {
    return PSEUDO.matcher(text).find() || (text.startsWith("[") && text.endsWith("]"));
  }

  private boolean isData(String text) {
    return known.contains(text) || DATA.stream().anyMatch(data -> data.matcher(text).matches());
  }

  private void collect(
      String page, Map<String, List<String>> plain, Path work, String recordedSelector) {
    assertTrue(
        ((String)
                ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang"))
            .startsWith("en"),
        page + " declares its language");
    Browser.screenshot(driver, work.resolve(page.replaceAll("\\W", "_") + ".png"));
    @SuppressWarnings("unchecked")
    List<String> texts =
        (List<String>) ((JavascriptExecutor) driver).executeScript(TEXTS, recordedSelector);
    List<String> found = new ArrayList<>();
    for (String text : texts) {
      String trimmed = text == null ? "" : text.strip();
      if (PLAIN_LETTER.matcher(trimmed).find()
          && !fromBundle(trimmed)
          && !isData(trimmed)
          && !found.contains(trimmed)) {
        found.add(trimmed);
      }
    }
    if (!found.isEmpty()) {
      plain.put(page, found);
    }
  }
}
