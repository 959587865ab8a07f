package org.youthvoice.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the ITU regions reference file available to the beans that need it, read once at start-up. */
@ApplicationScoped
public class ReferenceData {

    @Produces
    @Singleton
    ItuRegions ituRegions() {
        return ItuRegions.load();
    }
}
