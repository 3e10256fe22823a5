/** The audit API for administrators: search, export, chain verification. */
package org.paraph.api.audit;
