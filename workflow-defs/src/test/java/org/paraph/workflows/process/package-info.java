/**
 * Process tests: each path of each BPMN file in {@code processes/}, run on an in-memory Flowable
 * engine with fake delegate beans standing in for the application, timers fired by moving the
 * engine clock.
 */
package org.paraph.workflows.process;
