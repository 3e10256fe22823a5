package org.paraph.web.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paraph.workflows.application.SignatureInput;
import org.paraph.workflows.application.SigningView;
import org.paraph.workflows.domain.EditableField;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.SignatureMode;
import org.paraph.workflows.domain.WorkflowState;

/** What the participant enters on the signing page, and what of it goes to the service. */
class SignatureFormTest {

  private static SigningView view(Set<SignatureMode> modes) {
    return new SigningView(
        "Contract",
        "sender",
        WorkflowState.IN_PROGRESS,
        Instant.EPOCH,
        "Ann",
        "Lee",
        "ann@example.test",
        "+33600000000",
        null,
        ParticipantAction.SIGN,
        ParticipantState.INVITED,
        "EMAIL",
        "a***@example.test",
        modes,
        Set.of(),
        null,
        List.of(),
        List.of());
  }

  @Test
  void startsWithWhatThePortalKnowsAndTheNameAsTypedSignature() {
    SignatureForm form = new SignatureForm();

    form.fillFrom(view(Set.of()));

    assertEquals("Ann", form.getFirstName());
    assertEquals("Lee", form.getSurname());
    assertEquals("ann@example.test", form.getEmail());
    assertEquals("+33600000000", form.getMobile());
    assertEquals("Ann Lee", form.getTypedSignature());
    assertEquals("TYPED", form.getMode());
  }

  @Test
  void startsDrawnWhenTheSenderAllowsOnlyDrawnSignatures() {
    SignatureForm form = new SignatureForm();

    form.fillFrom(view(Set.of(SignatureMode.DRAWN)));

    assertEquals("DRAWN", form.getMode());
  }

  @Test
  void sendsOnlyTheChosenSignatureAndTheCorrectionsTheSenderAllows() {
    SignatureForm form = new SignatureForm();
    form.fillFrom(view(Set.of()));
    form.setFirstName("Anne");
    form.setEmail("anne@example.test");

    SignatureInput input = form.input(Set.of(EditableField.EMAIL));

    assertEquals(SignatureMode.TYPED, input.mode());
    assertEquals("Ann Lee", input.text());
    assertNull(input.png());
    assertNull(input.firstName(), "the name may not be corrected here");
    assertEquals("anne@example.test", input.email());
    assertNull(input.mobile());
  }

  @Test
  void aDrawnSignatureIsThePngOfTheDataUrlTheScriptWrote() {
    SignatureForm form = new SignatureForm();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
    form.setMode("DRAWN");
    form.setDrawnSignature("data:image/png;base64," + Base64.getEncoder().encodeToString(png));

    assertArrayEquals(png, form.input(Set.of()).png());

    form.setDrawnSignature("data:image/png;base64,not base64!");
    assertNull(form.input(Set.of()).png());
    form.setDrawnSignature("data:image/jpeg;base64,AAAA");
    assertNull(form.input(Set.of()).png());
  }

  @Test
  void theCodeIsStrippedAndForgottenOnceUsed() {
    SignatureForm form = new SignatureForm();
    assertEquals("", form.code());
    form.setOtp(" 123456 ");

    assertEquals("123456", form.code());
    form.forgetCode();

    assertNull(form.getOtp());
  }
}
