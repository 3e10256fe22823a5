/**
 * SMTP (or the outbox folder) for e-mail, an HTTP gateway (or the outbox folder) for SMS, and the
 * JPA repository of the message outbox table.
 */
package org.paraph.messaging.infrastructure;
