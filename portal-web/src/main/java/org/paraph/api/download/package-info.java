/**
 * What every file the portal sends (API and pages) says about its name: {@link ContentDisposition}.
 */
package org.paraph.api.download;
