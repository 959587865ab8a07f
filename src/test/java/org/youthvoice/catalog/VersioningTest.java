package org.youthvoice.catalog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.youthvoice.response.StoredResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A consultation file changed after answers exist becomes a new version; stored answers keep theirs. */
@QuarkusTest
class VersioningTest {

    @TempDir
    Path folder;

    @Inject
    EntityManager em;

    @Test
    void shouldStartANewVersionOnlyWhenAnswersExist() throws Exception {
        Path file = folder.resolve("versioned.yaml");
        String original = Files.readString(Path.of("src/test/resources/test-surveys/closed-poll.yaml"))
                .replace("id: closed-poll", "id: versioned");
        Catalog catalog = new Catalog(Clock.systemUTC(), new Schedule(Clock.systemUTC(), em));
        CatalogLoader loader = new CatalogLoader(catalog, () -> List.of(folder.toString()), em);

        Files.writeString(file, original);
        QuarkusTransaction.requiringNew().run(loader::load);
        assertThat(catalog.find("versioned").orElseThrow().version()).isEqualTo(1);

        Files.writeString(file, original.replace("Ça va ?", "Tu vas bien ?"));
        QuarkusTransaction.requiringNew().run(loader::load);
        assertThat(catalog.find("versioned").orElseThrow().version()).as("no answers yet: same version").isEqualTo(1);

        UUID answered = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            StoredResponse r = new StoredResponse();
            r.id = answered;
            r.consultationId = "versioned";
            r.version = 1;
            r.lang = "fr";
            r.submittedHour = LocalDateTime.of(2026, 1, 1, 10, 0);
            em.persist(r);
        });

        Files.writeString(file, original.replace("Ça va ?", "Comment ça va ?"));
        QuarkusTransaction.requiringNew().run(loader::load);
        assertThat(catalog.find("versioned").orElseThrow().version()).isEqualTo(2);
        QuarkusTransaction.requiringNew().run(loader::load);
        assertThat(catalog.find("versioned").orElseThrow().version()).as("unchanged file: same version").isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.find(StoredResponse.class, answered).version)).isEqualTo(1);
    }
}
