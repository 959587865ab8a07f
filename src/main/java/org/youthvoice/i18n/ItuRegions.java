package org.youthvoice.i18n;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Immutable map of ISO 3166-1 alpha-2 codes to the six ITU-D regions, read from {@code reference/itu-regions.yaml}. */
public final class ItuRegions {

    static final String RESOURCE = "/reference/itu-regions.yaml";
    /** The six region codes, in the fixed reporting order. */
    public static final List<String> REGIONS =
            List.of("africa", "americas", "arab-states", "asia-pacific", "cis", "europe");
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    private final Map<String, String> regionByCountry;
    private final Map<String, Set<String>> countriesByRegion;

    private ItuRegions(Map<String, String> regionByCountry, Map<String, Set<String>> countriesByRegion) {
        this.regionByCountry = regionByCountry;
        this.countriesByRegion = countriesByRegion;
    }

    /** Reads the classpath file; throws IllegalStateException naming the problem if it is missing or invalid. */
    public static ItuRegions load() {
        try (InputStream in = ItuRegions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static ItuRegions parse(InputStream in, String source) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode regions = yaml.readTree(in).path("regions");
        if (!regions.isObject() || regions.size() != REGIONS.size() || !REGIONS.stream().allMatch(regions::has)) {
            throw invalid(source, "'regions' must map exactly the keys " + REGIONS);
        }
        Map<String, String> byCountry = new HashMap<>();
        Map<String, Set<String>> byRegion = new LinkedHashMap<>();
        for (String region : REGIONS) {
            JsonNode codes = regions.get(region);
            if (!codes.isArray()) {
                throw invalid(source, "region '" + region + "' must be a list of country codes");
            }
            Set<String> countries = new TreeSet<>();
            for (JsonNode node : codes) {
                String code = node.isTextual() ? node.textValue() : node.toString();
                if (!ISO_CODES.contains(code)) {
                    throw invalid(source, "'" + code + "' in region '" + region + "' is not an ISO 3166-1 alpha-2 code"
                            + (node.isBoolean() ? " (YAML reads a bare NO as a boolean: write \"NO\")" : ""));
                }
                String previous = byCountry.putIfAbsent(code, region);
                if (previous != null) {
                    throw invalid(source, "code " + code + " appears twice (in '" + previous + "' and '" + region + "')");
                }
                countries.add(code);
            }
            byRegion.put(region, Collections.unmodifiableSet(countries));
        }
        return new ItuRegions(Map.copyOf(byCountry), Collections.unmodifiableMap(byRegion));
    }

    private static IllegalStateException invalid(String source, String problem) {
        return new IllegalStateException("Invalid " + source + ": " + problem);
    }

    /** The key under which responses without an answered country are counted. */
    public static final String UNKNOWN = "unknown";

    /** The name of a region code (or of {@link #UNKNOWN}) in the bundle's language. */
    public static String label(String code, Messages m) {
        return switch (code == null ? UNKNOWN : code) {
            case "africa" -> m.region_africa();
            case "americas" -> m.region_americas();
            case "arab-states" -> m.region_arab_states();
            case "asia-pacific" -> m.region_asia_pacific();
            case "cis" -> m.region_cis();
            case "europe" -> m.region_europe();
            default -> m.region_unknown();
        };
    }

    /** The region of an ISO alpha-2 code (case-insensitive), or empty if the code is unknown or not mapped. */
    public Optional<String> regionOf(String countryCode) {
        return countryCode == null ? Optional.empty()
                : Optional.ofNullable(regionByCountry.get(countryCode.trim().toUpperCase(Locale.ROOT)));
    }

    /** The six region codes in the fixed reporting order africa, americas, arab-states, asia-pacific, cis, europe. */
    public List<String> regions() {
        return REGIONS;
    }

    /** The codes of one region, sorted; throws IllegalArgumentException for a region that is not one of the six. */
    public Set<String> countriesOf(String region) {
        Set<String> countries = countriesByRegion.get(region);
        if (countries == null) {
            throw new IllegalArgumentException("Unknown ITU region '" + region + "'; expected one of " + REGIONS);
        }
        return countries;
    }
}
