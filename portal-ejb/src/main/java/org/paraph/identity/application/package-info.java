/** Authentication and user administration. */
package org.paraph.identity.application;
