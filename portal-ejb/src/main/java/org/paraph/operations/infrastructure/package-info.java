/**
 * Hands the portal's probes to WildFly's health checks ({@code HealthProbes}, registering in the
 * {@code portal-health} library's {@code Probes}), and checks the database through the pool; keeps
 * the metrics registry ({@code MeterRegistries}), the meters of seals and codes ({@code
 * MicrometerSealMetrics}, {@code MicrometerOtpMetrics}), the gauges ({@code PortalMeters}) and
 * serves them to Prometheus on the management address ({@code MetricsEndpoint}).
 */
package org.paraph.operations.infrastructure;
