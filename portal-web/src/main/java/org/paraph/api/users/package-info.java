/** {@code /api/v1/users}: administrators create, list, disable and enable users. */
package org.paraph.api.users;
