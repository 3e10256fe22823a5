/** JPA storage of users. */
package org.paraph.identity.infrastructure;
