package org.youthvoice.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.youthvoice.privacy.HarmSignals;

/** Makes the reference files available to the beans that need them, read once at start-up. */
@ApplicationScoped
public class ReferenceData {

    @Produces
    @Singleton
    ItuRegions ituRegions() {
        return ItuRegions.load();
    }

    @Produces
    @Singleton
    HarmSignals harmSignals() {
        return HarmSignals.load();
    }
}
