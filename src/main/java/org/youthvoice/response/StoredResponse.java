package org.youthvoice.response;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One anonymous response. It holds the consultation and version, the language, the campaign, the answers and the
 * hour of submission: nothing that identifies a device or a person, and no finer time.
 */
@Entity
@Table(name = "response")
public class StoredResponse {

    /** A random receipt id, drawn when the respondent starts; it lets a repeated submission be recognised. */
    @Id
    public UUID id;

    @Column(name = "consultation_id", nullable = false, length = 64)
    public String consultationId;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false, length = 2)
    public String lang;

    @Column(length = 32)
    public String campaign;

    /** "web" or "api": how the response arrived. */
    @Column(length = 8)
    public String channel;

    @Column(name = "submitted_hour", nullable = false)
    public LocalDateTime submittedHour;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "response_answer", joinColumns = @JoinColumn(name = "response_id"))
    public List<StoredAnswer> answers = new ArrayList<>();
}
