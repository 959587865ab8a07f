package org.youthvoice.definition;

import java.util.List;
import org.youthvoice.i18n.Messages;

/** One mistake in one consultation file, located well enough for its author to find and fix it. */
public record DefinitionError(DefinitionProblem problem, String file, String location, List<String> args) {

    public DefinitionError {
        args = List.copyOf(args);
    }

    /** The mistake and its remedy, in English. */
    public String message() {
        return problem.describe(args);
    }

    /** The located mistake in the bundle's language, as the admin's reload page and API show it. */
    public String in(Messages m) {
        return located(problem.message(m, args));
    }

    @Override
    public String toString() {
        return located(message());
    }

    private String located(String message) {
        return location.isEmpty() ? file + ": " + message : file + ": " + location + ": " + message;
    }
}
