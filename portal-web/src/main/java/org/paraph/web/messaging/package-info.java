/** The administrators' page of undelivered messages. */
package org.paraph.web.messaging;
