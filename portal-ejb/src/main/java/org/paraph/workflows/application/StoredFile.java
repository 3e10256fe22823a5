package org.paraph.workflows.application;

/** A file to download: its name and bytes. */
public record StoredFile(String name, byte[] content) {}
