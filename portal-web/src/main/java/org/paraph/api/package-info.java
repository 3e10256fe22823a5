/** The JAX-RS API at /api/v1: resources per feature, requests and responses as records. */
package org.paraph.api;
