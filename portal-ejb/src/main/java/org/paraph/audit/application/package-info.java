/** Recording audit events and checking the chain. */
package org.paraph.audit.application;
