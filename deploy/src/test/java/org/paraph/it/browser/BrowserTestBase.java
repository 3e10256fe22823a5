package org.paraph.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paraph.it.support.Browser;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.SharedServer;

/**
 * A fresh headless browser for each test against the shared server, with a screenshot of where each
 * test ended (beside its files in the work directory), and the login a person goes through.
 */
@ExtendWith(SharedServer.class)
abstract class BrowserTestBase {

  /** PrimeFaces draws the growl's messages in a container of its own at the end of the page. */
  protected static final By GROWL_MESSAGE = By.cssSelector("#messages_container .ui-growl-message");

  private static final By NEW_GROWL_MESSAGE =
      By.cssSelector("#messages_container .ui-growl-message:not([data-shown-before])");

  protected WebDriver driver;
  protected WebDriverWait wait;
  protected Path work;

  @BeforeEach
  void openBrowser(ParaphServer server) throws Exception {
    work = Files.createTempDirectory(server.dataDir().getParent(), "browser-");
    driver = Browser.start(work);
    wait = Browser.waitUpTo(driver, Duration.ofSeconds(30));
  }

  /**
   * Also fails the test if the browser refused anything under the portal's Content-Security-Policy:
   * a page that works only in part, because a script or a style was blocked, is broken.
   */
  @AfterEach
  void closeBrowser(TestInfo test) {
    List<String> violations;
    try {
      violations = Browser.cspViolations(driver);
    } finally {
      Browser.screenshot(
          driver, work.resolve(test.getTestMethod().orElseThrow().getName() + ".png"));
      driver.quit();
    }
    assertEquals(List.of(), violations, "the browser refused content under the page's policy");
  }

  /** PrimeFaces has no request under way, and none started in the last half second. */
  protected void awaitAjaxQuiet() {
    Browser.awaitAjaxQuiet(driver, wait);
  }

  /**
   * Does something and waits for the growl message it brings, read as soon as it shows: messages
   * still shown from before do not count, and the growl removes its messages after a few seconds.
   * Before the action, the messages shown are marked; an ajax update of the growl replaces them and
   * a new page has none, so the first unmarked message is the one this action brought.
   *
   * @return the text of that message
   */
  protected String growlAfter(Runnable action) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "document.querySelectorAll('#messages_container .ui-growl-message')"
                + ".forEach(m => m.setAttribute('data-shown-before', ''));");
    action.run();
    String text =
        wait.until(
            d ->
                d.findElements(NEW_GROWL_MESSAGE).stream()
                    .filter(WebElement::isDisplayed)
                    .map(WebElement::getText)
                    .filter(t -> !t.isBlank())
                    .findFirst()
                    .orElse(null));
    awaitAjaxQuiet();
    return text;
  }

  /** On the login page: the administrator's name and password, then "Log in". */
  protected void logInAsAdministrator() {
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    driver.findElement(By.id("login:username")).sendKeys(ParaphServer.ADMIN);
    driver
        .findElement(By.cssSelector("input[type=password]"))
        .sendKeys(ParaphServer.ADMIN_PASSWORD);
    driver.findElement(By.id("login:submit")).click();
  }
}
