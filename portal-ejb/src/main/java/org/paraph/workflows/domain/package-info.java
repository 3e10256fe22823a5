/**
 * Signature workflows: the workflow aggregate (documents, participants in order, their signature
 * boxes), participant links and one-time passwords, the states a sender and an auditor see.
 */
package org.paraph.workflows.domain;
