/** The frame around every page: login, logout, the current user. */
package org.paraph.web.shell;
