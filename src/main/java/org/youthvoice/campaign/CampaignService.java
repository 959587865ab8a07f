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
import org.youthvoice.access.Audit;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.catalog.CatalogProblem;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.i18n.Lang;
import org.youthvoice.response.CampaignCodes;
import org.youthvoice.system.Fault;
import org.youthvoice.system.Refusal;

/** Creates and finds campaigns; a promoter sees and changes only the campaigns of their own region. */
@ApplicationScoped
@Transactional
public class CampaignService implements CampaignCodes {

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

    /** The first field of a draft that is refused, with why, or empty. */
    private Optional<Fault> problem(Draft d, Scope scope) {
        if (d.consultationId() == null || catalog.find(d.consultationId()).isEmpty()) {
            return Optional.of(new Fault("consultation", CatalogProblem.UNKNOWN_CONSULTATION));
        }
        if (d.label() == null || d.label().isBlank() || d.label().length() > 120) {
            return Optional.of(new Fault("label", CampaignProblem.CAMPAIGN_LABEL));
        }
        if (Lang.of(d.defaultLang()).isEmpty()) {
            return Optional.of(new Fault("default_lang", CampaignProblem.CAMPAIGN_LANG));
        }
        String region = scope.region() != null ? scope.region() : d.region();
        if (region == null || !regions.regions().contains(region)) {
            return Optional.of(new Fault("region", CampaignProblem.REGION, String.join(", ", regions.regions())));
        }
        if (scope.region() != null && d.region() != null && !d.region().isBlank() && !d.region().equals(scope.region())) {
            return Optional.of(new Fault("region", CampaignProblem.OWN_REGION));
        }
        if (d.code() != null && !d.code().isBlank() && (!CHOSEN_CODE.matcher(d.code()).matches() || em.find(Campaign.class, d.code()) != null)) {
            return Optional.of(new Fault("code", CampaignProblem.CAMPAIGN_CODE));
        }
        return Optional.empty();
    }

    /** Creates the campaign, or refuses the draft's first wrong field (400) and stores nothing. */
    public Campaign create(Draft d, Scope scope) {
        problem(d, scope).ifPresent(fault -> {
            throw Refusal.of(fault);
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

    /** The campaign, or a 404 refusal when it does not exist or the scope may not see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Campaign require(String code, Scope scope) {
        return find(code, scope).orElseThrow(() -> Refusal.notFound(CampaignProblem.UNKNOWN_CAMPAIGN));
    }

    /** Stops or restarts a campaign's link; a 404 refusal when the scope may not see it. */
    public void setActive(String code, boolean active, Scope scope) {
        require(code, scope).active = active;
        audit.record(scope.actor(), active ? Audit.Action.CAMPAIGN_ENABLED : Audit.Action.CAMPAIGN_DISABLED, code, null);
    }

    @Override
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
