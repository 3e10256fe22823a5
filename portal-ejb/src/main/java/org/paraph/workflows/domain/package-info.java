/**
 * Signature workflows: the workflow aggregate (documents, participants in order, their signature
 * boxes), participant links and one-time passwords, the states a sender and an auditor see, and the
 * ports the use cases work through, implemented in {@code workflows.infrastructure}: {@link
 * org.paraph.workflows.domain.WorkflowRepository}, {@link
 * org.paraph.workflows.domain.CallbackDeliveryRepository}, {@link
 * org.paraph.workflows.domain.SignatureProcess}, {@link
 * org.paraph.workflows.domain.CallbackTransport}, {@link
 * org.paraph.workflows.domain.TrailRenderer}.
 */
package org.paraph.workflows.domain;
