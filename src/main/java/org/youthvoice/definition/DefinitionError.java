package org.youthvoice.definition;

/** One mistake in one consultation file, located well enough for its author to find and fix it. */
public record DefinitionError(DefinitionProblem problem, String file, String location, String message) {

    @Override
    public String toString() {
        return location.isEmpty() ? file + ": " + message : file + ": " + location + ": " + message;
    }
}
