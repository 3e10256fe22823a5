/**
 * The sealing pages: seal a document, the seal history, the seals' administration; and the words
 * for the core's codes about seals ({@link org.paraph.web.seals.SealLabels}).
 */
package org.paraph.web.seals;
