package org.paraph.api.workflows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paraph.api.InvalidRequestException;
import org.paraph.shared.domain.ProblemText;
import org.paraph.workflows.application.NewWorkflow;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.Branding;
import org.paraph.workflows.domain.EditableField;
import org.paraph.workflows.domain.InvalidBrandingException;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantDetails;
import org.paraph.workflows.domain.SignatureBox;
import org.paraph.workflows.domain.SignatureMode;
import org.paraph.workflows.domain.WorkflowSettings;

/** Turns the JSON of {@code POST /api/v1/workflows} into a request, naming what is wrong. */
final class WorkflowRequests {

  static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);

  private WorkflowRequests() {}

  static NewWorkflow toNewWorkflow(WorkflowRequest body, Clock clock) {
    if (body == null) {
      throw invalid(ProblemText.of("problem.request.workflow-body"));
    }
    List<WorkflowRequest.DocumentRequest> documentRequests =
        body.documents() == null ? List.of() : body.documents();
    List<NewWorkflow.NewDocument> documents = new ArrayList<>();
    for (int i = 0; i < documentRequests.size(); i++) {
      documents.add(document(documentRequests.get(i), i + 1));
    }
    List<ParticipantDetails> participants = new ArrayList<>();
    List<WorkflowRequest.ParticipantRequest> participantRequests =
        body.participants() == null ? List.of() : body.participants();
    for (int i = 0; i < participantRequests.size(); i++) {
      participants.add(participant(participantRequests.get(i), i + 1, documentRequests));
    }
    Instant expiresAt =
        body.expiresAt() == null
            ? clock.instant().plus(DEFAULT_VALIDITY)
            : instant(body.expiresAt(), "expiresAt");
    WorkflowSettings settings =
        new WorkflowSettings(
            body.name() == null ? "" : body.name().strip(),
            expiresAt,
            body.reminderInterval() == null ? null : duration(body.reminderInterval()),
            body.callbackUrl(),
            body.signatureModes() == null
                ? EnumSet.allOf(SignatureMode.class)
                : enums(body.signatureModes(), SignatureMode.class, "signatureModes"),
            body.editable() == null
                ? Set.of()
                : enums(body.editable(), EditableField.class, "editable"),
            branding(body.branding()));
    return new NewWorkflow(settings, documents, participants);
  }

  private static NewWorkflow.NewDocument document(
      WorkflowRequest.DocumentRequest request, int number) {
    if (request == null) {
      throw invalid(ProblemText.of("problem.request.document-empty", number));
    }
    boolean inline = request.contentBase64() != null && !request.contentBase64().isBlank();
    boolean remote = request.url() != null && !request.url().isBlank();
    if (inline == remote) {
      throw invalid(ProblemText.of("problem.request.document-content", number));
    }
    String name =
        request.name() == null || request.name().isBlank()
            ? "document-" + number + ".pdf"
            : request.name();
    if (remote) {
      return new NewWorkflow.NewDocument(name, null, request.url());
    }
    try {
      return new NewWorkflow.NewDocument(
          name, Base64.getMimeDecoder().decode(request.contentBase64()), null);
    } catch (IllegalArgumentException e) {
      throw invalid(ProblemText.of("problem.request.document-not-base64", number));
    }
  }

  private static ParticipantDetails participant(
      WorkflowRequest.ParticipantRequest request,
      int number,
      List<WorkflowRequest.DocumentRequest> documents) {
    if (request == null) {
      throw invalid(ProblemText.of("problem.request.participant-empty", number));
    }
    ParticipantAction action =
        request.action() == null
            ? ParticipantAction.SIGN
            : one(
                request.action(),
                ParticipantAction.class,
                ProblemText.of("problem.request.participant-action", number));
    AuthenticationChannel channel =
        request.authentication() == null
            ? AuthenticationChannel.EMAIL
            : one(
                request.authentication(),
                AuthenticationChannel.class,
                ProblemText.of("problem.request.participant-authentication", number));
    List<SignatureBox> boxes = new ArrayList<>();
    if (request.fields() != null) {
      for (WorkflowRequest.FieldRequest field : request.fields()) {
        boxes.add(box(field, number, documents));
      }
    }
    return new ParticipantDetails(
        trimmed(request.name()),
        trimmed(request.surname()),
        trimmed(request.email()),
        trimmed(request.mobile()),
        request.message(),
        request.order() == null ? 1 : request.order(),
        action,
        channel,
        trimmed(request.user()),
        boxes);
  }

  private static SignatureBox box(
      WorkflowRequest.FieldRequest field,
      int participant,
      List<WorkflowRequest.DocumentRequest> documents) {
    if (field == null
        || field.page() == null
        || field.x() == null
        || field.y() == null
        || field.width() == null
        || field.height() == null) {
      throw invalid(ProblemText.of("problem.request.field-box", participant));
    }
    return new SignatureBox(
        documentPosition(field.document(), documents, participant),
        field.page(),
        field.x(),
        field.y(),
        field.width(),
        field.height(),
        field.name());
  }

  /** The 0-based position of the document a field names by 1-based number or by name. */
  private static int documentPosition(
      String reference, List<WorkflowRequest.DocumentRequest> documents, int participant) {
    if (reference == null || reference.isBlank()) {
      if (documents.size() == 1) {
        return 0;
      }
      throw invalid(ProblemText.of("problem.request.field-document-required", participant));
    }
    try {
      int number = Integer.parseInt(reference.strip());
      if (number < 1 || number > documents.size()) {
        throw invalid(
            ProblemText.of(
                "problem.request.field-no-document-number", participant, number, documents.size()));
      }
      return number - 1;
    } catch (NumberFormatException notANumber) {
      for (int i = 0; i < documents.size(); i++) {
        if (reference.equals(documents.get(i).name())) {
          return i;
        }
      }
      throw invalid(
          ProblemText.of("problem.request.field-no-document-named", participant, reference));
    }
  }

  private static Branding branding(WorkflowRequest.BrandingRequest request) {
    if (request == null) {
      return Branding.NONE;
    }
    byte[] logo = null;
    if (request.logoBase64() != null && !request.logoBase64().isBlank()) {
      try {
        logo = Base64.getMimeDecoder().decode(request.logoBase64());
      } catch (IllegalArgumentException e) {
        throw invalid(ProblemText.of("problem.request.logo-not-base64"));
      }
    }
    // Branding checks every value (a logo declaring too many pixels is refused as image-too-large).
    try {
      return new Branding(request.primaryColour(), request.redirectUrl(), logo);
    } catch (InvalidBrandingException e) {
      throw invalid(
          e.field() == InvalidBrandingException.Field.LOGO
              ? ProblemText.of("problem.request.logo-format", Branding.MAX_LOGO_BYTES / 1024)
              : ProblemText.of("problem.request.branding", e.field().apiName(), e.text()));
    }
  }

  private static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type, String what) {
    Set<E> values = EnumSet.noneOf(type);
    for (String name : names) {
      values.add(one(name, type, what));
    }
    return values;
  }

  /**
   * @param what the member of the request, by its name in the API ({@code signatureModes}) or in
   *     words ({@code ProblemText}, written in the reader's language)
   */
  private static <E extends Enum<E>> E one(String name, Class<E> type, Object what) {
    try {
      return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(
          ProblemText.of(
              "problem.request.not-one-of",
              name,
              what,
              EnumSet.allOf(type).toString().toLowerCase(Locale.ROOT)));
    }
  }

  private static Instant instant(String text, String what) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(ProblemText.of("problem.request.workflow-instant", what));
    }
  }

  private static Duration duration(String text) {
    try {
      Duration duration = Duration.parse(text);
      if (duration.compareTo(Duration.ofMinutes(1)) < 0) {
        throw invalid(ProblemText.of("problem.request.reminder-too-short"));
      }
      return duration;
    } catch (DateTimeParseException e) {
      throw invalid(ProblemText.of("problem.request.reminder-not-duration"));
    }
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static InvalidRequestException invalid(ProblemText text) {
    return new InvalidRequestException("invalid-workflow", text);
  }
}
