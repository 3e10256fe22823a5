/**
 * Where a visible seal goes: {@link org.paraph.seals.infrastructure.placement.PlacementResolver}
 * turns a placement request (coordinates, a keyword found by {@link
 * org.paraph.seals.infrastructure.placement.KeywordLocator}, an existing signature field) into a
 * box on a page.
 */
package org.paraph.seals.infrastructure.placement;
