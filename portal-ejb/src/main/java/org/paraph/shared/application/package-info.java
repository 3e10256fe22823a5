/** Settings and cross-cutting services every feature uses: configuration, the clock. */
package org.paraph.shared.application;
