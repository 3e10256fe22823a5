/**
 * What an operator follows a request by: its id in the log, the answer and a problem; and every
 * answer counted by status ({@code HttpMetricsExtension}).
 */
package org.paraph.web.operations;
