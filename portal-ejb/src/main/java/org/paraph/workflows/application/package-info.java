/**
 * The workflow use cases: the sender starts and follows workflows, participants act through their
 * links, portal users approve seals, and the engine's steps invite, remind, expire and finalise.
 */
package org.paraph.workflows.application;
