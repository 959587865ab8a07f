package org.youthvoice.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** That someone started answering, on which day, in which language, through which campaign: nothing more. */
@Entity
@Table(name = "flow_start")
public class FlowStart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "consultation_id", nullable = false, length = 64)
    public String consultationId;

    @Column(name = "started_on", nullable = false)
    public LocalDate day;

    @Column(nullable = false, length = 2)
    public String lang;

    @Column(length = 32)
    public String campaign;
}
