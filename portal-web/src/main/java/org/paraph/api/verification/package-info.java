/**
 * Verifying signed documents over the API, for anyone: {@code POST /api/v1/verifications} answers
 * with a JSON report or the ETSI validation report.
 */
package org.paraph.api.verification;
