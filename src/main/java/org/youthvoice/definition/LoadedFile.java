package org.youthvoice.definition;

/** A valid consultation together with the file it came from and a fingerprint of its content. */
public record LoadedFile(String file, Consultation consultation, String fingerprint) {
}
