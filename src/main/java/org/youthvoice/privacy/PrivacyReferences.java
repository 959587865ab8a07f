package org.youthvoice.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the harm-signal word lists available to the beans that need them, read once at start-up. */
@ApplicationScoped
public class PrivacyReferences {

    @Produces
    @Singleton
    HarmSignals harmSignals() {
        return HarmSignals.load();
    }
}
