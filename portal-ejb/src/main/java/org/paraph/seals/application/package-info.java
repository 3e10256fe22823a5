/** Sealing documents: the use case, the seal history, the opened seal keys. */
package org.paraph.seals.application;
