/** The portal's own trust setup: the authorities behind its test seals and timestamps. */
package org.paraph.trust.domain;
