/** Reading documents for the pages: summaries and page previews. */
package org.paraph.documents.application;
