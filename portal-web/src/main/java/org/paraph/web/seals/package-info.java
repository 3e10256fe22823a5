/** The sealing pages: seal a document, the seal history. */
package org.paraph.web.seals;
