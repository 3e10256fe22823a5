/**
 * System tests that replay, against the provisioned server and by HTTP as an attacker would, the
 * attacks of the attack-surface issue, asserting the refusal and that nothing changed.
 */
package org.paraph.it.attacks;
