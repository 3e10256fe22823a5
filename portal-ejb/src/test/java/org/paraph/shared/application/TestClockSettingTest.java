package org.paraph.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paraph.shared.domain.ConfigurationException;

class TestClockSettingTest {

  private static final String HTTP = "http://localhost:8080";
  private static final String HTTPS = "https://sign.example.org";

  @Test
  void offByDefault() {
    assertEquals(TestClockSetting.SYSTEM, TestClockSetting.of(Optional.empty(), HTTP));
    assertEquals(TestClockSetting.SYSTEM, TestClockSetting.of(Optional.of(""), HTTP));
    assertEquals(TestClockSetting.SYSTEM, TestClockSetting.of(Optional.of("system"), HTTPS));
  }

  @Test
  void movableWhenAskedOnAPlainHttpAddress() {
    assertEquals(TestClockSetting.MOVABLE, TestClockSetting.of(Optional.of("movable"), HTTP));
    assertEquals(TestClockSetting.MOVABLE, TestClockSetting.of(Optional.of(" Movable "), HTTP));
  }

  @Test
  void refusedWithAnHttpsAddressAndSaysWhatToChange() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class, () -> TestClockSetting.of(Optional.of("movable"), HTTPS));
    assertTrue(e.getMessage().contains("PARAPH_TEST_CLOCK"), e.getMessage());
    assertTrue(e.getMessage().contains(HTTPS), e.getMessage());
    assertThrows(
        ConfigurationException.class,
        () -> TestClockSetting.of(Optional.of("movable"), "HTTPS://SIGN.EXAMPLE.ORG"));
  }

  @Test
  void aMistypedValueIsRefusedRatherThanIgnored() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class, () -> TestClockSetting.of(Optional.of("moveable"), HTTP));
    assertTrue(e.getMessage().contains("'moveable'"), e.getMessage());
  }
}
