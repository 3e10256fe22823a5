/** The trust anchors of the portal's seals, for verifiers. */
package org.paraph.api.trust;
