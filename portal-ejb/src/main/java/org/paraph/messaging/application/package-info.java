/**
 * Sending e-mail and SMS for the use cases: the outbox written in their transaction, and its
 * dispatcher, which delivers, retries with backoff, and leaves refused messages visible as failed.
 */
package org.paraph.messaging.application;
