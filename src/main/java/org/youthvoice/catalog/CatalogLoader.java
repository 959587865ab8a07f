package org.youthvoice.catalog;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.youthvoice.definition.DefinitionLoader;
import org.youthvoice.definition.LoadedFile;

/** Loads the consultation files at start-up (a broken file stops start-up) and records a version per change. */
@ApplicationScoped
public class CatalogLoader {

    private static final Logger LOG = Logger.getLogger(CatalogLoader.class);

    private final Catalog catalog;
    private final SurveysConfig config;
    private final EntityManager em;

    public CatalogLoader(Catalog catalog, SurveysConfig config, EntityManager em) {
        this.catalog = catalog;
        this.config = config;
        this.em = em;
    }

    void onStart(@Observes StartupEvent event) {
        load();
    }

    /** Reads every file, then swaps the served catalogue in one step. */
    @Transactional
    public void load() {
        List<LoadedFile> files = DefinitionLoader.loadAll(config.dirs().stream().map(Path::of).toList());
        Map<String, Catalog.Versioned> served = new LinkedHashMap<>();
        for (LoadedFile file : files) {
            int version = versionOf(file);
            served.put(file.consultation().id(), new Catalog.Versioned(file.consultation(), version));
            LOG.infof("consultation %s version %d from %s", file.consultation().id(), version, file.file());
        }
        catalog.replace(served);
    }

    private int versionOf(LoadedFile file) {
        String id = file.consultation().id();
        ConsultationVersion latest = ConsultationVersion.latest(em, id).orElse(null);
        if (latest != null && latest.fingerprint.equals(file.fingerprint())) {
            return latest.version;
        }
        if (latest != null && !answered(id, latest.version)) {
            latest.fingerprint = file.fingerprint();
            return latest.version;
        }
        ConsultationVersion next = new ConsultationVersion();
        next.consultationId = id;
        next.version = latest == null ? 1 : latest.version + 1;
        next.fingerprint = file.fingerprint();
        next.loadedAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        em.persist(next);
        return next.version;
    }

    private boolean answered(String id, int version) {
        return em.createQuery("select count(*) from StoredResponse where consultationId = ?1 and version = ?2", Long.class)
                .setParameter(1, id).setParameter(2, version).getSingleResult() > 0;
    }
}
