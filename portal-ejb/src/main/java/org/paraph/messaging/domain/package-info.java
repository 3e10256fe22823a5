/**
 * Messages the portal sends (e-mail, SMS), the outbox that holds each one until it is delivered or
 * given up, and the ports that deliver them.
 */
package org.paraph.messaging.domain;
