/**
 * Hands the portal's probes to WildFly's health checks ({@code HealthProbes}, registering in the
 * {@code portal-health} library's {@code Probes}), and checks the database through the pool.
 */
package org.paraph.operations.infrastructure;
