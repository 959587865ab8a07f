package org.youthvoice.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.i18n.Lang;
import org.youthvoice.results.ItuRegions;
import org.youthvoice.staff.Audit;

/** Creates and finds campaigns; a promoter sees and changes only the campaigns of their own region. */
@ApplicationScoped
@Transactional
public class CampaignService {

    /** Code letters without look-alikes (0/O, 1/I/L), easy to read aloud and to type from a poster. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final Pattern CHOSEN_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,15}");
    /** Any code that can exist; other strings are not looked up at all. */
    static final Pattern ANY_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Catalog catalog;
    private final ItuRegions regions;
    private final Audit audit;
    private final Clock clock;
    private final EntityManager em;

    public CampaignService(Catalog catalog, ItuRegions regions, Audit audit, Clock clock, EntityManager em) {
        this.catalog = catalog;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
        this.em = em;
    }

    /** Who is asking: a promoter is held to their region, other roles see every region. */
    public record Scope(String actor, String region) {
        public static Scope all(String actor) {
            return new Scope(actor, null);
        }

        boolean allows(Campaign c) {
            return region == null || region.equals(c.region);
        }
    }

    /** A campaign request; code may be null for a generated one. */
    public record Draft(String consultationId, String label, String region, String defaultLang, String code) {
    }

    /** The reason a draft is refused, or empty. */
    public Optional<String> problem(Draft d, Scope scope) {
        if (d.consultationId() == null || catalog.find(d.consultationId()).isEmpty()) {
            return Optional.of("unknown consultation");
        }
        if (d.label() == null || d.label().isBlank() || d.label().length() > 120) {
            return Optional.of("a label of 1 to 120 characters is needed");
        }
        if (Lang.of(d.defaultLang()).isEmpty()) {
            return Optional.of("the default language must be one of ar zh en fr ru es");
        }
        String region = scope.region() != null ? scope.region() : d.region();
        if (region == null || !regions.regions().contains(region)) {
            return Optional.of("the region must be one of " + regions.regions());
        }
        if (scope.region() != null && d.region() != null && !d.region().isBlank() && !d.region().equals(scope.region())) {
            return Optional.of("a promoter can only create campaigns in their own region");
        }
        if (d.code() != null && !d.code().isBlank() && (!CHOSEN_CODE.matcher(d.code()).matches() || em.find(Campaign.class, d.code()) != null)) {
            return Optional.of("the code must be 3 to 16 capital letters, digits or hyphens, and not used yet");
        }
        return Optional.empty();
    }

    public Campaign create(Draft d, Scope scope) {
        problem(d, scope).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        Campaign c = new Campaign();
        c.code = d.code() != null && !d.code().isBlank() ? d.code() : freshCode();
        c.consultationId = d.consultationId();
        c.label = d.label().strip();
        c.region = scope.region() != null ? scope.region() : d.region();
        c.defaultLang = d.defaultLang();
        c.createdBy = scope.actor();
        c.createdAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        c.active = true;
        em.persist(c);
        audit.record(scope.actor(), Audit.Action.CAMPAIGN_CREATED, c.code, c.consultationId + " " + c.region + " " + c.label);
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Campaign> list(Scope scope) {
        return scope.region() == null ? em.createQuery("from Campaign order by createdAt desc", Campaign.class).getResultList()
                : em.createQuery("from Campaign where region = ?1 order by createdAt desc", Campaign.class)
                        .setParameter(1, scope.region()).getResultList();
    }

    /** The campaign if it exists and the scope may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Campaign> find(String code, Scope scope) {
        return Optional.ofNullable(code == null || !ANY_CODE.matcher(code).matches() ? null : em.find(Campaign.class, code))
                .filter(scope::allows);
    }

    public boolean setActive(String code, boolean active, Scope scope) {
        Campaign c = find(code, scope).orElse(null);
        if (c == null) {
            return false;
        }
        c.active = active;
        audit.record(scope.actor(), active ? Audit.Action.CAMPAIGN_ENABLED : Audit.Action.CAMPAIGN_DISABLED, code, null);
        return true;
    }

    /** Whether responses to this consultation may carry this campaign code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean accepts(String consultationId, String code) {
        Campaign c = code == null || !ANY_CODE.matcher(code).matches() ? null : em.find(Campaign.class, code);
        return c != null && c.active && c.consultationId.equals(consultationId);
    }

    private String freshCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (em.find(Campaign.class, code.toString()) == null) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free campaign code found");
    }
}
