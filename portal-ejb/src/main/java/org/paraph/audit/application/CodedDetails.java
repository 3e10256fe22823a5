package org.paraph.audit.application;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paraph.shared.i18n.PortalTexts;

/**
 * An audit event's details as a code and its parameters ({@link
 * org.paraph.audit.domain.AuditDetailCodes}), stored as a small JSON object, {@code
 * {"code":"clock.advanced","parameters":["PT3S","…","…"]}}: readable in an export, and rendered in
 * the reader's language where the portal shows it. Details that are not such an object are the
 * sentences of events recorded before, shown as they are.
 */
public record CodedDetails(String code, List<String> parameters) {

  // Looked up once: Json.createObjectBuilder() and its kind look the provider up through the
  // ServiceLoader at every call, which was a seventh of the CPU samples in the portal's own code
  // under 16 API clients (every seal writes an audit event).
  private static final JsonProvider JSON = JsonProvider.provider();

  public CodedDetails {
    parameters = List.copyOf(parameters);
  }

  public static CodedDetails of(String code, String... parameters) {
    return new CodedDetails(code, List.of(parameters));
  }

  /** As it is stored in the event, and so in its hash. */
  public String stored() {
    JsonArrayBuilder values = JSON.createArrayBuilder();
    parameters.forEach(values::add);
    return JSON.createObjectBuilder()
        .add("code", code)
        .add("parameters", values)
        .build()
        .toString();
  }

  /**
   * Stored details as a reader of {@code locale} reads them: coded ones in the core's bundle's
   * words ({@code audit.details.<code>}), the sentences of events recorded before as they were
   * (they are in the hash chain); {@code null} stays {@code null}.
   */
  public static String text(String stored, Locale locale) {
    return read(stored)
        .map(
            coded ->
                PortalTexts.of(locale)
                    .label("audit.details.", coded.code(), coded.parameters().toArray()))
        .orElse(stored);
  }

  /** The code and parameters of stored details, or empty for a sentence (or nothing). */
  public static Optional<CodedDetails> read(String details) {
    if (details == null || !details.startsWith("{\"code\":")) {
      return Optional.empty();
    }
    try {
      JsonObject object = JSON.createReader(new StringReader(details)).readObject();
      List<String> parameters = new ArrayList<>();
      for (JsonValue value : object.getJsonArray("parameters")) {
        parameters.add(((JsonString) value).getString());
      }
      return Optional.of(new CodedDetails(object.getString("code"), parameters));
    } catch (JsonException | ClassCastException | NullPointerException notCoded) {
      return Optional.empty();
    }
  }
}
