package org.youthvoice.response;

import java.util.List;
import java.util.UUID;
import org.youthvoice.system.Fault;
import org.youthvoice.system.Reason;

/** What became of a submission. */
public sealed interface Outcome {

    /** Stored now under this receipt. */
    record Stored(UUID receipt) implements Outcome {
    }

    /** The same receipt was stored before (a reload, a back button, a double click): nothing new was stored. */
    record AlreadyStored(UUID receipt) implements Outcome {
    }

    /** Refused as a whole; nothing was stored. */
    record Refused(List<Fault> errors) implements Outcome {
        public boolean is(Reason problem) {
            return errors.stream().anyMatch(e -> e.reason() == problem);
        }
    }
}
