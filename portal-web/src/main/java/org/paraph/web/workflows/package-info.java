/**
 * The workflow pages: the participant's page behind the link, the sender's wizard and dashboard,
 * the seal tasks of portal users.
 */
package org.paraph.web.workflows;
