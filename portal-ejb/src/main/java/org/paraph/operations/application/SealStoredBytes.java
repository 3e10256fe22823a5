package org.paraph.operations.application;

import java.util.UUID;

/** How many bytes of documents one seal's records keep (originals and sealed files). */
public record SealStoredBytes(UUID sealId, String sealName, long bytes) {}
