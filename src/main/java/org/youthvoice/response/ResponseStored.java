package org.youthvoice.response;

import org.youthvoice.definition.Consultation;

/**
 * A response has just been written, inside the transaction that stores it. Observers add what derives from it (the
 * moderation queue, then the running counts) in that same transaction, so that all of it commits or none does.
 */
public record ResponseStored(Consultation consultation, StoredResponse response) {

    /** Observers that queue work for people run first. */
    public static final int QUEUES = 100;
    /** The running counts run last: their rows are shared by every response, so they are held locked only to the commit. */
    public static final int COUNTS = 1000;
}
