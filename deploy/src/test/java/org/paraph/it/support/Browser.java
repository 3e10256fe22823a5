package org.paraph.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Debian's chromedriver: nothing downloaded at test time. */
public final class Browser {

  private Browser() {}

  public static WebDriver start(Path workDir) throws IOException {
    return start(workDir, null);
  }

  /**
   * A browser whose {@code Accept-Language} is {@code languages} (as a person sets it in the
   * browser's settings), or the browser's default when null.
   */
  public static WebDriver start(Path workDir, String languages) throws IOException {
    ChromeOptions options = new ChromeOptions();
    if (languages != null) {
      options.addArguments("--lang=" + languages);
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
    }
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1100",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory(workDir, "chromium-profile-"));
    // The console, kept for cspViolations: a script or style the page's policy refuses is logged
    // there, by the browser itself, and nowhere else.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(1));
    return driver;
  }

  /**
   * A wait that looks again when an element it found is gone: PrimeFaces replaces what an update
   * renders and removes growl messages when their time is up, so an element found a moment ago may
   * be stale when it is read.
   */
  public static WebDriverWait waitUpTo(WebDriver driver, Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Waits until PrimeFaces has no request under way and none started in the next half second: an
   * update that re-renders a form replaces its elements, and touching one mid-update fails.
   * jQuery's count of open requests is asked too: a file upload sends its own request, outside
   * PrimeFaces' queue, and so does an {@code async} one.
   */
  public static void awaitAjaxQuiet(WebDriver driver, WebDriverWait wait) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    String idle =
        "return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
            + " && (!window.jQuery || jQuery.active === 0);";
    wait.until(
        d -> {
          if (!Boolean.TRUE.equals(js.executeScript(idle))) {
            return false;
          }
          try {
            Thread.sleep(500);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Boolean.TRUE.equals(js.executeScript(idle));
        });
  }

  /**
   * Waits until an element is gone from the page, as a form is when a full submit brings the next
   * page. While the old document is being torn down, chromedriver may answer "node does not belong
   * to the document" instead of "stale element": that is looked at again, not taken as a failure.
   */
  public static void awaitGone(WebDriverWait wait, WebElement element) {
    wait.until(
        d -> {
          try {
            element.isEnabled();
            return false;
          } catch (StaleElementReferenceException e) {
            return true;
          } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
              return false;
            }
            throw e;
          }
        });
  }

  /**
   * Chooses an item of a PrimeFaces select menu as a person does: opens the list, waits until it
   * has finished opening, clicks the item and waits until the list has closed. An item clicked
   * while the list is still fading in leaves it open over the form: the opening animation, cut
   * short, ends the closing one before it hides the panel.
   */
  public static void chooseFromMenu(
      WebDriver driver, WebDriverWait wait, String menuId, String itemLabel) {
    By panel = By.id(menuId + "_panel");
    driver.findElement(By.id(menuId + "_label")).click();
    wait.until(
        d -> {
          WebElement list = d.findElement(panel);
          return list.isDisplayed()
              && list.getDomAttribute("class").contains("ui-connected-overlay-enter-done");
        });
    By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + itemLabel + "']");
    wait.until(ExpectedConditions.elementToBeClickable(item)).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
    wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), itemLabel));
  }

  /**
   * Answers "Yes" in PrimeFaces' confirmation dialog as a person does: waits until it has finished
   * opening, reads what it asks, clicks "Yes" and waits until it and its modal mask are gone. The
   * dialog fades out after the click and its mask covers the page until then: a click on the page
   * in that time lands on the mask.
   *
   * @return the text of the dialog, header and message
   */
  public static String answerYes(WebDriver driver, WebDriverWait wait) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    String text =
        wait.until(
            d ->
                (String)
                    js.executeScript(
                        "var dialog = window.PrimeFaces && PrimeFaces.confirmDialog;"
                            + " if (!dialog || !dialog.jq.is(':visible') || dialog.jq.is(':animated')"
                            + "     || dialog.jq.css('opacity') !== '1') { return null; }"
                            + " return dialog.jq.get(0).innerText;"));
    WebElement yes =
        (WebElement)
            js.executeScript(
                "return PrimeFaces.confirmDialog.jq.find('.ui-confirmdialog-yes')[0];");
    wait.until(ExpectedConditions.elementToBeClickable(yes)).click();
    wait.until(
        d ->
            Boolean.TRUE.equals(
                js.executeScript(
                    "return !(PrimeFaces.confirmDialog && PrimeFaces.confirmDialog.jq.is(':visible'))"
                        + " && $('.ui-dialog-mask:visible, .ui-widget-overlay:visible').length === 0;")));
    return text;
  }

  /**
   * What the browser's console said about the Content-Security-Policy since the last call (reading
   * empties the console's log): every refusal of a script, style, image, frame or form target that
   * the policy does not allow, on any page this browser showed. Read from the console rather than
   * from a report endpoint: the console also has what a report cannot say (a refused inline event
   * handler, an {@code eval}), and the test needs no server of its own for it.
   */
  public static List<String> cspViolations(WebDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  /** A picture of the page, to see what went wrong. */
  public static void screenshot(WebDriver driver, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (Exception e) {
      // the test's own failure is what matters
    }
  }
}
