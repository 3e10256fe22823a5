/**
 * {@code /api/v1/admin}: administrators' controls of the portal itself, such as its clock where a
 * system test may move it.
 */
package org.paraph.api.admin;
