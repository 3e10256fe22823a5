/**
 * The JPA repositories of seals, seal records, batches and seal jobs ({@link
 * org.paraph.seals.infrastructure.jpa.JpaSealRepository} and its siblings).
 */
package org.paraph.seals.infrastructure.jpa;
