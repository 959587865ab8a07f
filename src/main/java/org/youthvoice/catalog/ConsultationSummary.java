package org.youthvoice.catalog;

import java.time.LocalDate;
import org.youthvoice.definition.Audience;
import org.youthvoice.definition.Status;
import org.youthvoice.definition.Texts;

/** A consultation in the API list: enough to show it and to know whether it takes answers. */
public record ConsultationSummary(String id, Texts title, Status status, int version, LocalDate opens, LocalDate closes,
                                  int minutes, Audience audience) {
}
