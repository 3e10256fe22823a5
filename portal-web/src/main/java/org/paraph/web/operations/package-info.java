/** What an operator follows a request by: its id in the log, the answer and a problem. */
package org.paraph.web.operations;
