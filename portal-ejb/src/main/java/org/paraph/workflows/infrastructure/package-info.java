/**
 * The embedded Flowable engine and the beans its processes call. {@link
 * org.paraph.workflows.infrastructure.WorkflowEngine} starts the engine inside the server's JTA
 * transactions and deploys the BPMN files of {@code workflow-defs}; the {@code @Named} delegates
 * are what the BPMN's {@code ${...}} expressions reach. Flowable types stay in this package. Beside
 * them, the other adapters of the workflow ports: the JPA repositories, {@link
 * org.paraph.workflows.infrastructure.CallbackPoster} (the {@link
 * org.paraph.workflows.domain.CallbackTransport}) and {@link
 * org.paraph.workflows.infrastructure.AuditTrailPdf} (the {@link
 * org.paraph.workflows.domain.TrailRenderer}).
 */
package org.paraph.workflows.infrastructure;
