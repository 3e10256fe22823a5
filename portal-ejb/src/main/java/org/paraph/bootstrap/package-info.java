/**
 * Start-up wiring, the one place that may know every feature: the schema migrations ({@link
 * org.paraph.bootstrap.DatabaseMigrations}, with the Java migrations features contribute) run
 * before anything touches the database, then {@link org.paraph.bootstrap.FirstStart} creates what a
 * fresh installation needs. Other start-up beans name them in {@code @DependsOn} by their simple
 * names, which therefore stay as they are. No feature depends on this package.
 */
package org.paraph.bootstrap;
