/** The message outbox API for administrators: which e-mails and SMS are not delivered, and why. */
package org.paraph.api.messaging;
