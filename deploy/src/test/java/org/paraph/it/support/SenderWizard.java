package org.paraph.it.support;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What a sender reads on the new-workflow wizard. */
public final class SenderWizard {

  private SenderWizard() {}

  /** The actions the wizard offers for a participant, in the order shown. */
  public static List<String> actionsOffered(WebDriver sender) {
    return sender.findElements(By.cssSelector("[id='wizard:action'] label")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }
}
