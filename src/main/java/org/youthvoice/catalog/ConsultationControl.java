package org.youthvoice.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Dates and a participation target set by an admin; a date set here overrides the consultation file's. */
@Entity
@Table(name = "consultation_control")
public class ConsultationControl {

    @Id
    @Column(name = "consultation_id")
    public String consultationId;

    public LocalDate opens;

    public LocalDate closes;

    public Integer target;
}
