/**
 * The workflow pages: the participant's page behind the link, the sender's wizard and dashboard,
 * the seal tasks of portal users; the words for what a participant does ({@link
 * org.paraph.web.workflows.WorkflowLabels}).
 */
package org.paraph.web.workflows;
