/** The workflow API: workflows for senders, tasks for portal users, sign links for participants. */
package org.paraph.api.workflows;
