/** The users page for administrators, and every user's own profile page. */
package org.paraph.web.users;
