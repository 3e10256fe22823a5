package org.paraph.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.paraph.it.support.SharedServer;

/**
 * The main pages walked in the pseudo-locale ({@code en-XA}, every text of the bundle wrapped in
 * brackets and accented), as a tester does before a translation: a text still written in the code
 * shows as plain English and fails the walk. What is the person's data (names, files, dates,
 * numbers, addresses) stays plain and is recognised as such.
 */
@ExtendWith(SharedServer.class)
class PseudoLocaleIT {

  /** Every text node and every text a person reads in an attribute, from the whole page. */
  private static final String TEXTS =
      "const out = [];"
          + "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
          + "while (walker.nextNode()) {"
          + "  const node = walker.currentNode;"
          + "  const parent = node.parentElement;"
          + "  if (!parent || parent.closest('script,style,noscript,textarea')) continue;"
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

  /** Data, not text: what the portal shows of the person's things, as they are. */
  private static final List<Pattern> DATA =
      List.of(
          // who: user names, e-mail addresses
          Pattern.compile("^(admin|Administrator|Portal user)$"),
          Pattern.compile("^[\\w.+-]+@[\\w.-]+$"),
          // what: seal and certificate names of the demo trust setup, file names
          Pattern.compile(".*\\b(Demo|Paraph)\\b.*"),
          Pattern.compile("^[\\w .-]+\\.(pdf|p12|pfx|png|jpe?g|csv|json|xml)$"),
          // when: dates and times as the locale formats them
          Pattern.compile(
              "^[\\w ,.:/-]*\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b[\\w ,.:/-]*$"),
          Pattern.compile("^\\d[\\d ,.:/TZ+-]*(AM|PM|UTC)?$"),
          // identifiers and digests, levels and formats of the standards (their names, not words)
          Pattern.compile("^[0-9a-fA-F-]{8,}$"),
          Pattern.compile(
              "^(PAdES|CAdES|XAdES|B-B|B-T|B-LT|B-LTA|PDF|PDF/A|OTP|SMS|API|CSV|JSON|PKCS#11|PKCS#12|CSC|SHA-256|URL|HTTPS?)$"),
          // the product's name
          Pattern.compile("^Paraph$"));

  private WebDriver driver;
  private WebDriverWait wait;

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

    driver.get(server.baseUrl() + "/verify.xhtml");
    collect("/verify.xhtml", plain, work);
    driver.get(server.baseUrl() + "/login.xhtml");
    collect("/login.xhtml", plain, work);
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
      collect(page, plain, work);
    }
    assertEquals(Map.of(), plain, "texts not taken from the bundle, by page");
  }

  private void logIn() {
    driver.findElement(By.id("login:username")).sendKeys(ParaphServer.ADMIN);
    driver
        .findElement(By.cssSelector("input[type=password]"))
        .sendKeys(ParaphServer.ADMIN_PASSWORD);
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
  }

  private void collect(String page, Map<String, List<String>> plain, Path work) {
    assertTrue(
        ((String)
                ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang"))
            .startsWith("en"),
        page + " declares its language");
    Browser.screenshot(driver, work.resolve(page.replaceAll("\\W", "_") + ".png"));
    @SuppressWarnings("unchecked")
    List<String> texts = (List<String>) ((JavascriptExecutor) driver).executeScript(TEXTS);
    List<String> found = new ArrayList<>();
    for (String text : texts) {
      String trimmed = text == null ? "" : text.strip();
      if (PLAIN_LETTER.matcher(trimmed).find()
          && !PSEUDO.matcher(trimmed).find()
          && DATA.stream().noneMatch(data -> data.matcher(trimmed).matches())
          && !found.contains(trimmed)) {
        found.add(trimmed);
      }
    }
    if (!found.isEmpty()) {
      plain.put(page, found);
    }
  }
}
