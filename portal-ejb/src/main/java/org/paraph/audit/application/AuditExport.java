package org.paraph.audit.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.paraph.audit.domain.AuditEvent;

/**
 * Audit events as files an auditor takes away: CSV (RFC 4180, UTF-8 with a byte order mark so that
 * spreadsheets read accents right, values that a spreadsheet could run as a formula neutralised by
 * {@link CsvCell}) and JSON (values exactly as recorded), each event with its hashes so the chain
 * can be checked again outside the portal. The details are as recorded (the hash covers them); the
 * last column, {@code text}, says them in the reader's language (coded details in words, the
 * sentences of older events as they are).
 */
public final class AuditExport {

  private static final String[] COLUMNS = {
    "sequence",
    "occurredAt",
    "actor",
    "actorKind",
    "action",
    "subject",
    "details",
    "clientIp",
    "userAgent",
    "previousHash",
    "hash",
    "text",
    "requestId"
  };

  private AuditExport() {}

  public static byte[] csv(List<AuditEvent> events, Locale locale) {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(String.join(",", COLUMNS)).append("\r\n");
    for (AuditEvent event : events) {
      String[] values = {
        String.valueOf(event.sequenceNumber()),
        event.occurredAt().toString(),
        event.actorName(),
        event.actorKind().name(),
        event.action(),
        event.subject(),
        event.details(),
        event.clientIp(),
        event.userAgent(),
        event.previousHash(),
        event.hash(),
        CodedDetails.text(event.details(), locale),
        event.requestId()
      };
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(CsvCell.of(values[i]));
      }
      out.append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] json(List<AuditEvent> events, Locale locale) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (AuditEvent event : events) {
      JsonObjectBuilder object =
          Json.createObjectBuilder()
              .add("sequence", event.sequenceNumber())
              .add("occurredAt", event.occurredAt().toString())
              .add("actor", event.actorName())
              .add("actorKind", event.actorKind().name())
              .add("action", event.action());
      addIfPresent(object, "subject", event.subject());
      addIfPresent(object, "details", event.details());
      addIfPresent(object, "text", CodedDetails.text(event.details(), locale));
      addIfPresent(object, "requestId", event.requestId());
      addIfPresent(object, "clientIp", event.clientIp());
      addIfPresent(object, "userAgent", event.userAgent());
      object.add("previousHash", event.previousHash()).add("hash", event.hash());
      array.add(object);
    }
    return array.build().toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void addIfPresent(JsonObjectBuilder object, String name, String value) {
    if (value != null) {
      object.add(name, value);
    }
  }
}
