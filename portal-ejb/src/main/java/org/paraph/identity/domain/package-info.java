/** Users, their roles and how their passwords are hashed. */
package org.paraph.identity.domain;
