/** Creating and using the demo trust setup; the trust anchors published to verifiers. */
package org.paraph.trust.application;
