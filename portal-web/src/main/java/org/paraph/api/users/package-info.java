/**
 * {@code /api/v1/users}: administrators create, list, disable and enable users, and change their
 * roles.
 */
package org.paraph.api.users;
