/** The public "Verify a document" page: its backing bean and how verdicts are put into words. */
package org.paraph.web.verification;
