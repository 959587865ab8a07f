package org.youthvoice.definition;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when consultation files hold mistakes; its message lists every one of them. */
public class DefinitionException extends RuntimeException {

    private final List<DefinitionError> errors;

    public DefinitionException(List<DefinitionError> errors) {
        super(errors.size() + " mistake(s) in the consultation files:\n"
                + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<DefinitionError> errors() {
        return errors;
    }
}
