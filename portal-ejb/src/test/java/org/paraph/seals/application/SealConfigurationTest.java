package org.paraph.seals.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingKey;
import org.paraph.shared.domain.Actor;

/** A seal's settings: the preview of its annotation is drawn as a real seal would be. */
class SealConfigurationTest {

  private static SealingKey personKey;

  private SealsInMemory memory;
  private SealRegistration registration;
  private SealConfiguration configuration;

  @BeforeAll
  static void issueACertificate() {
    personKey = SealsInMemory.issueAlicesKey();
  }

  @BeforeEach
  void wire() {
    memory = new SealsInMemory(personKey);
    registration = memory.registration();
    configuration = memory.configuration();
  }

  @Test
  void thePreviewShowsTheDraftWithASampleReasonInTheDefaultBox() {
    registration.registerPkcs12(Actor.user("admin", null, null), memory.registration("acme", true));
    Seal seal = memory.stored.get(0);
    List<SealOptions> drawn = new ArrayList<>();
    List<Placement> boxes = new ArrayList<>();
    configuration.previews =
        (options, box) -> {
          drawn.add(options);
          boxes.add(box);
          return new byte[] {1, 2, 3};
        };

    byte[] png =
        configuration.previewPng(
            seal.id().toString(), configuration.settings(seal.id().toString()), "alice");

    assertArrayEquals(new byte[] {1, 2, 3}, png);
    assertEquals(seal.organisationName(), drawn.get(0).organisationName());
    assertEquals("Certified copy", drawn.get(0).reason());
    assertEquals(new Placement(1, 0, 0, 200, 70), boxes.get(0));
  }
}
