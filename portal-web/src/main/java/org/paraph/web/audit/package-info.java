/** The audit log page for administrators. */
package org.paraph.web.audit;
