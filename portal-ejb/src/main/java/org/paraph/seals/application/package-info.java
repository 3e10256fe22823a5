/**
 * Sealing documents: the use case, the seal history, the opened seal keys; administering seals, one
 * use case a class (registration, configuration, retirement, overviews).
 */
package org.paraph.seals.application;
