package org.paraph.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.validation.reports.Reports;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paraph.it.support.Browser;
import org.paraph.it.support.Database;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PersonalPki;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SignedPdfs;
import org.paraph.it.support.TestPdfs;
import org.paraph.testsupport.DssTestValidation;

/**
 * An administrator creates users (one on the users page, one over the API); one of them logs in,
 * adds her own certificate (a PKCS#12 issued by a CA of the test's own) on her profile page, and
 * seals with it over the API: the seal verifies against that CA and names her certificate as the
 * signer. Neither the administrator nor another user may use it, and the PKCS#12's password is
 * nowhere in the database.
 */
class PersonalCertificateIT extends BrowserTestBase {

  private static final String PERSONAL_SEAL_TYPE = "https://paraph.org/problems/personal-seal";

  @Test
  void aUserSealsWithHerOwnCertificateAndNobodyElseMay(ParaphServer server) throws Exception {
    String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
    String alice = "alice-" + suffix;
    String bob = "bob-" + suffix;
    String alicePassword = "Alice-login-" + suffix;
    String bobPassword = "Bob-login-" + suffix;
    String certificateName = "alice-cert-" + suffix;
    String pkcs12Password = "p12-" + UUID.randomUUID();

    PersonalPki pki =
        PersonalPki.create("Personal Test Root " + suffix, "http://ca.personal.test/root.crl");
    PersonalPki.Issued issued = pki.issue("Alice Martin", "alice@example.org", Duration.ofDays(20));
    Path pkcs12 = issued.writePkcs12(work.resolve("alice.p12"), pkcs12Password);

    driver.get(server.baseUrl() + "/login.xhtml");
    logInAsAdministrator();
    wait.until(ExpectedConditions.urlContains("/app/seal.xhtml"));
    driver.get(server.baseUrl() + "/admin/users.xhtml");
    String tooShort = createUserOnPage(alice, "Alice Martin", "alice@example.org", "short");
    assertTrue(tooShort.contains("10 to 200 characters"), tooShort);
    assertFalse(usersList().contains(alice), "nothing created: " + usersList());
    String createdOnPage =
        createUserOnPage(alice, "Alice Martin", "alice@example.org", alicePassword);
    assertTrue(createdOnPage.contains("Created " + alice), createdOnPage);
    assertTrue(usersList().contains(alice) && usersList().contains("Alice Martin"), usersList());

    PortalClient admin = PortalClient.asAdmin(server);
    HttpResponse<byte[]> created =
        admin.postJson(
            "/api/v1/users",
            "{\"username\":\""
                + bob
                + "\",\"displayName\":\"Bob Stone\",\"email\":\"bob@example.org\",\"password\":\""
                + bobPassword
                + "\",\"roles\":[\"user\"]}");
    assertEquals(201, created.statusCode(), () -> text(created));
    JsonObject bobJson = PortalClient.json(created);
    assertEquals(bob, bobJson.getString("username"));
    assertEquals(List.of("USER"), bobJson.getJsonArray("roles").getValuesAs(JsonString::getString));
    assertFalse(text(created).contains(bobPassword), "an answer never carries the password");
    HttpResponse<byte[]> again =
        admin.postJson(
            "/api/v1/users",
            "{\"username\":\""
                + bob
                + "\",\"displayName\":\"B\",\"password\":\""
                + bobPassword
                + "\"}");
    assertEquals(409, again.statusCode(), () -> text(again));

    PortalClient asAlice = new PortalClient(server, alice, alicePassword);
    PortalClient asBob = new PortalClient(server, bob, bobPassword);
    HttpResponse<byte[]> notAnAdmin =
        asAlice.postJson("/api/v1/users", "{\"username\":\"mallory\"}");
    assertEquals(403, notAnAdmin.statusCode(), "only administrators manage users");

    logOut(server);
    logIn(alice, alicePassword);
    driver.get(server.baseUrl() + "/app/profile.xhtml");
    String refused = addCertificate(certificateName, pkcs12, "not-the-password");
    assertTrue(refused.contains("Not registered"), refused);
    String registered = addCertificate(certificateName, pkcs12, pkcs12Password);
    assertTrue(registered.contains("Registered " + certificateName), registered);
    String mine = driver.findElement(By.id("certificates:list")).getText();
    assertTrue(mine.contains(certificateName) && mine.contains("CN=Alice Martin"), mine);
    assertTrue(mine.contains("Personal Test Root " + suffix), "its issuer is shown: " + mine);
    assertTrue(mine.contains("within 30 days"), "the same warnings as the seals page: " + mine);
    assertTrue(batchPageSeals(server).contains(certificateName), "she may choose it");

    HttpResponse<byte[]> sealed =
        asAlice.seal(
            TestPdfs.a4(1),
            "contract.pdf",
            Map.of("seal", certificateName, "level", "B-B"),
            "application/json");
    assertEquals(200, sealed.statusCode(), () -> text(sealed));
    JsonObject record = PortalClient.json(sealed);
    assertEquals(certificateName, record.getString("seal"));
    assertEquals(alice, record.getString("sealedBy"), "the record names the owner");
    assertEquals("USER", record.getString("sealedByKind"));
    byte[] pdf = asAlice.get(record.getJsonObject("links").getString("document"), null).body();

    Reports reports =
        DssTestValidation.trusting(pki.caCertificate())
            .withCrl(pki.crlUrl(), pki.crl())
            .validate(pdf);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    X509CertificateHolder signer = SignedPdfs.lastSigner(pdf);
    assertEquals(issued.certificate().getSerialNumber(), signer.getSerialNumber());
    assertEquals(
        issued.certificate().getIssuerX500Principal().getName(),
        new X500Principal(signer.getIssuer().getEncoded()).getName());

    assertRefusedAsPersonal(admin, certificateName);
    assertRefusedAsPersonal(asBob, certificateName);
    HttpResponse<byte[]> bobsBatch =
        asBob.sealBatch(
            new PortalClient.Multipart()
                .file("file", "a.pdf", TestPdfs.a4(1))
                .text("seal", certificateName));
    assertEquals(403, bobsBatch.statusCode(), () -> text(bobsBatch));
    assertEquals(PERSONAL_SEAL_TYPE, PortalClient.json(bobsBatch).getString("type"));

    String anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body();
    assertFalse(
        anchors.contains("Personal Test Root " + suffix),
        "a user's own CA does not become one the portal vouches for");

    logOut(server);
    logIn(bob, bobPassword);
    assertFalse(batchPageSeals(server).contains(certificateName), "others do not see it");

    HttpResponse<byte[]> disabled = admin.post("/api/v1/users/" + bob + "/disable");
    assertEquals(200, disabled.statusCode(), () -> text(disabled));
    assertFalse(PortalClient.json(disabled).getBoolean("enabled"));
    driver.get(server.baseUrl() + "/app/batch.xhtml");
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    assertEquals(401, asBob.get("/api/v1/seals", "application/json").statusCode());

    assertPasswordNotStored(server, certificateName, pkcs12Password);
  }

  @Test
  void anAdministratorRegistersAUsersCertificateThatOnlyThatUserMayUse(ParaphServer server)
      throws Exception {
    String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
    String carol = "carol-" + suffix;
    String carolPassword = "Carol-login-" + suffix;
    String certificateName = "carol-cert-" + suffix;
    PortalClient admin = PortalClient.asAdmin(server);
    HttpResponse<byte[]> created = admin.postJson("/api/v1/users", userJson(carol, carolPassword));
    assertEquals(201, created.statusCode(), () -> text(created));
    PersonalPki pki = PersonalPki.create("Carol CA " + suffix, "http://ca.carol.test/root.crl");
    Path pkcs12 =
        pki.issue("Carol Vidal", "carol@example.org", Duration.ofDays(400))
            .writePkcs12(work.resolve("carol.p12"), "carol-p12");

    driver.get(server.baseUrl() + "/login.xhtml");
    logInAsAdministrator();
    wait.until(ExpectedConditions.urlContains("/app/seal.xhtml"));
    driver.get(server.baseUrl() + "/admin/seals.xhtml");
    fill("register:name", certificateName);
    driver.findElement(By.cssSelector("#register input[type=file]")).sendKeys(pkcs12.toString());
    driver.findElement(By.cssSelector("#register input[type=password]")).sendKeys("carol-p12");
    Browser.chooseFromMenu(driver, wait, "register:owner", carol);
    awaitAjaxQuiet();
    WebElement before = driver.findElement(By.id("register"));
    String registered =
        growlAfter(
            () -> {
              driver.findElement(By.id("register:submit")).click();
              Browser.awaitGone(wait, before);
            });
    assertTrue(registered.contains("Registered " + certificateName), registered);
    String list = driver.findElement(By.id("seals:list")).getText();
    assertTrue(list.contains("personal: only " + carol + " may use it"), list);
    assertFalse(batchPageSeals(server).contains(certificateName), "the admin may not choose it");

    assertRefusedAsPersonal(admin, certificateName);
    HttpResponse<byte[]> sealed =
        new PortalClient(server, carol, carolPassword)
            .seal(
                TestPdfs.a4(1),
                "c.pdf",
                Map.of("seal", certificateName, "level", "B-B"),
                "application/json");
    assertEquals(200, sealed.statusCode(), () -> text(sealed));
    assertEquals(carol, PortalClient.json(sealed).getString("sealedBy"));
  }

  @Test
  void aUserRemovesHerCertificateOnHerProfileAndAddsANewOneUnderTheSameName(ParaphServer server)
      throws Exception {
    String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
    String erin = "erin-" + suffix;
    String erinPassword = "Erin-login-" + suffix;
    String frank = "frank-" + suffix;
    String frankPassword = "Frank-login-" + suffix;
    String certificateName = "erin-cert-" + suffix;
    PortalClient admin = PortalClient.asAdmin(server);
    for (String[] user :
        List.of(new String[] {erin, erinPassword}, new String[] {frank, frankPassword})) {
      HttpResponse<byte[]> created = admin.postJson("/api/v1/users", userJson(user[0], user[1]));
      assertEquals(201, created.statusCode(), () -> text(created));
    }
    PersonalPki pki = PersonalPki.create("Erin CA " + suffix, "http://ca.erin.test/root.crl");
    PersonalPki.Issued old = pki.issue("Erin Blake", "erin@example.org", Duration.ofDays(300));
    PersonalPki.Issued renewed = pki.issue("Erin Blake", "erin@example.org", Duration.ofDays(700));

    driver.get(server.baseUrl() + "/login.xhtml");
    logIn(erin, erinPassword);
    driver.get(server.baseUrl() + "/app/profile.xhtml");
    String registered =
        addCertificate(
            certificateName, old.writePkcs12(work.resolve("old.p12"), "old-p12"), "old-p12");
    assertTrue(registered.contains("Registered " + certificateName), registered);
    PortalClient asErin = new PortalClient(server, erin, erinPassword);
    HttpResponse<byte[]> sealedBefore =
        asErin.seal(TestPdfs.a4(1), "a.pdf", Map.of("seal", certificateName, "level", "B-B"), null);
    assertEquals(200, sealedBefore.statusCode(), () -> text(sealedBefore));

    HttpResponse<byte[]> notHers =
        new PortalClient(server, frank, frankPassword)
            .delete("/api/v1/seal-credentials/" + certificateName);
    assertEquals(403, notHers.statusCode(), () -> text(notHers));
    assertEquals(
        "https://paraph.org/problems/seal-retirement-forbidden",
        PortalClient.json(notHers).getString("type"));

    driver.get(server.baseUrl() + "/app/profile.xhtml");
    driver.findElement(By.id("certificates:list:0:remove")).click();
    String confirmation = answerRetirementDialog("removal", "CERTIFICATE_REPLACED");
    assertTrue(confirmation.contains(certificateName), confirmation);
    awaitGrowl("Removed " + certificateName);
    assertFalse(
        driver.findElement(By.id("certificates:list")).getText().contains(certificateName),
        "no longer listed");
    assertFalse(batchPageSeals(server).contains(certificateName), "no longer offered");
    HttpResponse<byte[]> refused =
        asErin.seal(TestPdfs.a4(1), "b.pdf", Map.of("seal", certificateName), "application/json");
    assertEquals(409, refused.statusCode(), () -> text(refused));
    assertEquals(
        "https://paraph.org/problems/seal-retired", PortalClient.json(refused).getString("type"));

    driver.get(server.baseUrl() + "/app/profile.xhtml");
    String registeredAgain =
        addCertificate(
            certificateName, renewed.writePkcs12(work.resolve("new.p12"), "new-p12"), "new-p12");
    assertTrue(registeredAgain.contains("Registered " + certificateName), registeredAgain);
    assertTrue(batchPageSeals(server).contains(certificateName), "the name is hers again");

    HttpResponse<byte[]> sealed =
        asErin.seal(
            TestPdfs.a4(1),
            "c.pdf",
            Map.of("seal", certificateName, "level", "B-B"),
            "application/json");
    assertEquals(200, sealed.statusCode(), () -> text(sealed));
    byte[] pdf =
        asErin
            .get(PortalClient.json(sealed).getJsonObject("links").getString("document"), null)
            .body();
    Reports reports =
        DssTestValidation.trusting(pki.caCertificate())
            .withCrl(pki.crlUrl(), pki.crl())
            .validate(pdf);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    assertEquals(
        renewed.certificate().getSerialNumber(),
        SignedPdfs.lastSigner(pdf).getSerialNumber(),
        "sealed with the new certificate");
    Reports earlier =
        DssTestValidation.trusting(pki.caCertificate())
            .withCrl(pki.crlUrl(), pki.crl())
            .validate(sealedBefore.body());
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(earlier),
        "what the removed certificate sealed still verifies");
    assertEquals(
        old.certificate().getSerialNumber(),
        SignedPdfs.lastSigner(sealedBefore.body()).getSerialNumber());

    // An administrator retires it on the seals page; the organisation seal is refused.
    logOut(server);
    logInAsAdministrator();
    wait.until(ExpectedConditions.urlContains("/app/seal.xhtml"));
    driver.get(server.baseUrl() + "/admin/seals.xhtml");
    retireOnSealsPage("//tr[.//*[contains(@class,'default-tag')]]", "Retire");
    awaitGrowl("make another seal the organisation seal first");
    retireOnSealsPage(
        "//tr[.//strong[normalize-space()='" + certificateName + "']]", certificateName);
    awaitGrowl("Retired " + certificateName);
    assertFalse(driver.findElement(By.id("seals:list")).getText().contains(certificateName));
    HttpResponse<byte[]> afterAdmin =
        asErin.seal(TestPdfs.a4(1), "d.pdf", Map.of("seal", certificateName), "application/json");
    assertEquals(409, afterAdmin.statusCode(), () -> text(afterAdmin));
  }

  @Test
  void aUserChangesHerNameEmailAndPasswordOnHerProfile(ParaphServer server) throws Exception {
    String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
    String dora = "dora-" + suffix;
    String oldPassword = "Dora-login-" + suffix;
    String newPassword = "Dora-new-login-" + suffix;
    PortalClient admin = PortalClient.asAdmin(server);
    HttpResponse<byte[]> created = admin.postJson("/api/v1/users", userJson(dora, oldPassword));
    assertEquals(201, created.statusCode(), () -> text(created));
    PortalClient withOldPassword = new PortalClient(server, dora, oldPassword);
    assertEquals(200, withOldPassword.get("/api/v1/seals", "application/json").statusCode());

    driver.get(server.baseUrl() + "/login.xhtml");
    logIn(dora, oldPassword);
    driver.get(server.baseUrl() + "/app/profile.xhtml");
    fill("details:displayName", "Dora Lenoir");
    fill("details:email", "not an address");
    String notAnAddress = growlAfter(() -> driver.findElement(By.id("details:save")).click());
    assertTrue(notAnAddress.contains("is not an e-mail address"), notAnAddress);
    fill("details:email", "dora@example.org");
    driver.findElement(By.id("details:save")).click();
    awaitGrowl("Saved");

    fill("password:current", "not-her-password");
    fill("password:new", newPassword);
    fill("password:repeat", newPassword);
    driver.findElement(By.id("password:change")).click();
    awaitGrowl("current password is not right");
    fill("password:current", oldPassword);
    fill("password:new", newPassword);
    fill("password:repeat", newPassword);
    driver.findElement(By.id("password:change")).click();
    awaitGrowl("Password changed");

    assertEquals(
        401,
        withOldPassword.get("/api/v1/seals", "application/json").statusCode(),
        "the old password stops working at once, even where it was just used");
    assertEquals(
        200,
        new PortalClient(server, dora, newPassword)
            .get("/api/v1/seals", "application/json")
            .statusCode());
    JsonObject profile = PortalClient.json(admin.get("/api/v1/users/" + dora, "application/json"));
    assertEquals("Dora Lenoir", profile.getString("displayName"));
    assertEquals("dora@example.org", profile.getString("email"));
  }

  @Test
  void anAdministratorChangesAUsersRolesOnTheUsersPageAndTheirOpenSessionFollows(
      ParaphServer server) throws Exception {
    String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
    String gina = "gina-" + suffix;
    String password = "Gina-login-" + suffix;
    PortalClient admin = PortalClient.asAdmin(server);
    HttpResponse<byte[]> created = admin.postJson("/api/v1/users", userJson(gina, password));
    assertEquals(201, created.statusCode(), () -> text(created));
    PortalClient asGina = new PortalClient(server, gina, password);
    assertEquals(200, asGina.get("/api/v1/seals", "application/json").statusCode());

    driver.get(server.baseUrl() + "/login.xhtml");
    logInAsAdministrator();
    wait.until(ExpectedConditions.urlContains("/app/seal.xhtml"));
    driver.get(server.baseUrl() + "/admin/users.xhtml");
    assertEquals("user", rolesShownFor(gina));
    openRolesOf(gina);
    toggle("roles:user");
    driver.findElement(By.id("roles:save")).click();
    awaitGrowl("Roles of " + gina + ": none");
    assertEquals("none", rolesShownFor(gina));
    assertEquals(
        403,
        asGina.get("/api/v1/seals", "application/json").statusCode(),
        "refused at her next request");

    openRolesOf(gina);
    toggle("roles:admin");
    driver.findElement(By.id("roles:save")).click();
    awaitGrowl("Roles of " + gina + ": administrator, user");
    assertEquals("administrator, user", rolesShownFor(gina));
    assertEquals(200, asGina.get("/api/v1/users", "application/json").statusCode());

    // Her own session, open before the change, follows it at her next request.
    logOut(server);
    logIn(gina, password);
    assertEquals(200, statusInThisSession("/admin/users.xhtml"));
    assertEquals(200, admin.putJson("/api/v1/users/" + gina + "/roles", "[\"user\"]").statusCode());
    assertEquals(403, statusInThisSession("/admin/users.xhtml"));
    assertEquals(200, statusInThisSession("/app/seal.xhtml"));
    assertEquals(200, admin.putJson("/api/v1/users/" + gina + "/roles", "[]").statusCode());
    assertEquals(403, statusInThisSession("/app/seal.xhtml"));
  }

  /** Opens the roles form of this user from their row, and waits for it. */
  private void openRolesOf(String username) {
    userRow(username).findElement(By.cssSelector("button[id$=':edit-roles']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roles:who"), username));
    awaitAjaxQuiet();
  }

  private void toggle(String checkboxId) {
    driver.findElement(By.cssSelector("[id='" + checkboxId + "'] .ui-chkbox-box")).click();
  }

  private String rolesShownFor(String username) {
    return userRow(username).findElement(By.cssSelector("[id$=':roles-text']")).getText();
  }

  private WebElement userRow(String username) {
    return driver.findElement(
        By.xpath("//*[@id='users:list']//tbody/tr[td[1][normalize-space()='" + username + "']]"));
  }

  /** The status of a page as this browser's session gets it, cookies and all. */
  private long statusInThisSession(String path) {
    Object status =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {redirect: 'manual', cache: 'no-store'})"
                    + ".then(r => done(r.status), e => done(-1));",
                path);
    return ((Number) status).longValue();
  }

  private static String userJson(String username, String password) {
    return "{\"username\":\""
        + username
        + "\",\"displayName\":\"Someone\",\"password\":\""
        + password
        + "\"}";
  }

  /**
   * On the seals page: "Retire" on the row found by this XPath, then "Yes" in the confirmation,
   * which must say {@code confirmation}.
   */
  private void retireOnSealsPage(String row, String confirmation) {
    driver.findElement(By.xpath(row + "//button[contains(@id,':retire')]")).click();
    String asked = answerRetirementDialog("retirement", "HOLDER_LEFT");
    assertTrue(asked.contains(confirmation), asked);
  }

  /**
   * Answers the dialog that asks why a seal is retired (its form is {@code form}): confirming
   * without a reason is refused and the dialog stays, then {@code reason} is chosen and confirmed.
   *
   * @return the dialog's question
   */
  private String answerRetirementDialog(String form, String reason) {
    By question = By.cssSelector("form[id='" + form + "'] .retirement-question");
    String asked =
        wait.until(
            d -> {
              WebElement shown = d.findElement(question);
              return shown.isDisplayed() && !shown.getText().isBlank() ? shown.getText() : null;
            });
    awaitAjaxQuiet();
    driver.findElement(By.id(form + ":confirm")).click();
    wait.until(d -> d.findElement(By.id(form + ":reasonMessage")).getText().contains("Choose why"));
    assertTrue(driver.findElement(question).isDisplayed(), "no reason: nothing happens");
    WebElement choice =
        driver.findElement(
            By.xpath(
                "//form[@id='" + form + "']//input[@type='radio' and @value='" + reason + "']"));
    driver
        .findElement(
            By.cssSelector(
                "form[id='" + form + "'] label[for='" + choice.getAttribute("id") + "']"))
        .click();
    driver.findElement(By.id(form + ":confirm")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(question));
    return asked;
  }

  /** Waits for a growl message saying this (earlier messages may still be shown). */
  private void awaitGrowl(String text) {
    wait.until(
        d -> d.findElements(GROWL_MESSAGE).stream().anyMatch(m -> m.getText().contains(text)));
    awaitAjaxQuiet();
  }

  private void assertRefusedAsPersonal(PortalClient client, String seal) throws Exception {
    HttpResponse<byte[]> refused =
        client.seal(TestPdfs.a4(1), "x.pdf", Map.of("seal", seal), "application/json");
    assertEquals(403, refused.statusCode(), () -> text(refused));
    assertEquals("application/problem+json", PortalClient.mediaType(refused));
    JsonObject problem = PortalClient.json(refused);
    assertEquals(PERSONAL_SEAL_TYPE, problem.getString("type"));
    assertTrue(
        problem.getString("detail").contains("only its owner may seal with it"), text(refused));
  }

  /**
   * The uploaded password is used once to open the file, which is stored again under a password of
   * the portal's own, itself encrypted. On PostgreSQL the seal's row is read; the embedded H2
   * database is one file the server holds open, so the whole file is searched instead, once the
   * seal's row has reached it.
   */
  private static void assertPasswordNotStored(ParaphServer server, String seal, String password)
      throws Exception {
    byte[] secret = password.getBytes(StandardCharsets.UTF_8);
    if (Database.configured().isPostgres()) {
      try (Connection db = server.openDatabase();
          PreparedStatement query = db.prepareStatement("SELECT * FROM seal WHERE name = ?")) {
        query.setString(1, seal);
        try (ResultSet row = query.executeQuery()) {
          assertTrue(row.next(), "the seal is stored");
          for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
            byte[] value = row.getBytes(column);
            String name = row.getMetaData().getColumnName(column);
            assertFalse(value != null && contains(value, secret), "in column " + name);
          }
        }
      }
      return;
    }
    Path file = server.dataDir().resolve("db/paraph.mv.db");
    byte[] sealName = seal.getBytes(StandardCharsets.UTF_8);
    Instant deadline = Instant.now().plusSeconds(30);
    byte[] content = Files.readAllBytes(file);
    while (!contains(content, sealName) && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      content = Files.readAllBytes(file);
    }
    assertTrue(contains(content, sealName), "the seal's row is in " + file);
    assertFalse(contains(content, secret), "the PKCS#12 password is nowhere in " + file);
    assertFalse(
        contains(content, password.getBytes(StandardCharsets.UTF_16BE)), "not even as UTF-16");
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Fills and sends the users page's form (ajax); the growl message its answer brings. */
  private String createUserOnPage(String username, String name, String email, String password) {
    fill("create:username", username);
    fill("create:displayName", name);
    fill("create:email", email);
    fill("create:password", password);
    return growlAfter(() -> driver.findElement(By.id("create:submit")).click());
  }

  /** Fills and sends the profile's certificate form (a full page submit); the growl message. */
  private String addCertificate(String name, Path pkcs12, String password) {
    fill("upload:name", name);
    driver.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(pkcs12.toString());
    fill("upload:filePassword", password);
    WebElement before = driver.findElement(By.id("upload"));
    return growlAfter(
        () -> {
          driver.findElement(By.id("upload:submit")).click();
          Browser.awaitGone(wait, before);
        });
  }

  /** The seals the batch page offers the logged-in user. */
  private List<String> batchPageSeals(ParaphServer server) {
    driver.get(server.baseUrl() + "/app/batch.xhtml");
    return driver.findElements(By.cssSelector("select[id='batch:seal_input'] option")).stream()
        .map(option -> option.getAttribute("value"))
        .toList();
  }

  private void logOut(ParaphServer server) {
    driver.manage().deleteAllCookies();
    driver.get(server.baseUrl() + "/login.xhtml");
  }

  private void logIn(String username, String password) {
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.urlContains("/app/seal.xhtml"));
  }

  private void fill(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  private String usersList() {
    return driver.findElement(By.id("users:list")).getText();
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
