package org.paraph.shared.application;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.paraph.shared.domain.ConfigurationException;
import org.paraph.shared.domain.ProblemText;

/**
 * {@code PARAPH_TEST_CLOCK}: unset (or {@code system}) for the system clock, as every installation
 * runs; {@code movable} lets an administrator move the portal's time forward, so that system tests
 * see reminders and expiry without waiting for them. A portal whose public address is https is one
 * that people use: there the setting is refused and the portal does not start, since moving its
 * time would expire their requests and date their signatures wrongly.
 */
public enum TestClockSetting {
  SYSTEM,
  MOVABLE;

  public static final String VARIABLE = "PARAPH_TEST_CLOCK";

  /**
   * @param value the setting as configured, if at all
   * @param baseUrl the portal's public address ({@code PARAPH_BASE_URL} or its default)
   * @throws ConfigurationException for a value it does not know, or {@code movable} with https
   */
  public static TestClockSetting of(Optional<String> value, String baseUrl) {
    String given = value.map(String::strip).orElse("").toLowerCase(Locale.ROOT);
    TestClockSetting setting =
        switch (given) {
          case "", "system" -> SYSTEM;
          case "movable" -> MOVABLE;
          default ->
              throw new ConfigurationException(
                  ProblemText.of("problem.configuration.test-clock", VARIABLE, given));
        };
    if (setting == MOVABLE && "https".equalsIgnoreCase(URI.create(baseUrl).getScheme())) {
      throw new ConfigurationException(
          ProblemText.of("problem.configuration.test-clock-on-https", VARIABLE, baseUrl));
    }
    return setting;
  }
}
