/** The hash-chained, append-only audit log: its events, its chain head and how it is checked. */
package org.paraph.audit.domain;
