package org.youthvoice.definition;

/** The ages, in whole years, a consultation is meant for. */
public record Audience(int minAge, int maxAge) {
}
