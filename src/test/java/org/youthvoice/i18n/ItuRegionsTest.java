package org.youthvoice.i18n;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItuRegionsTest {

    private static final ItuRegions REGIONS = ItuRegions.load();

    @Test
    void everyIsoCountryCodeHasExactlyOneRegion() {
        String[] isoCodes = Locale.getISOCountries();
        for (String code : isoCodes) {
            List<String> containing = REGIONS.regions().stream()
                    .filter(region -> REGIONS.countriesOf(region).contains(code))
                    .toList();
            assertThat(containing).as("regions listing %s", code).hasSize(1);
            assertThat(REGIONS.regionOf(code)).as("regionOf(%s)", code).contains(containing.get(0));
        }
        int listed = REGIONS.regions().stream().mapToInt(region -> REGIONS.countriesOf(region).size()).sum();
        assertThat(listed).isEqualTo(isoCodes.length);
    }

    @Test
    void theSixRegionsAreExactlyThoseInTheFixedOrder() {
        assertThat(REGIONS.regions())
                .containsExactly("africa", "americas", "arab-states", "asia-pacific", "cis", "europe");
        REGIONS.regions().forEach(region -> assertThat(REGIONS.countriesOf(region)).as(region).isNotEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        "EG, arab-states", "NG, africa", "BR, americas", "CN, asia-pacific", "RU, cis", "FR, europe",
        "SA, arab-states", "ZA, africa", "KZ, cis", "IR, asia-pacific", "TR, europe", "AU, asia-pacific",
        "MX, americas", "NO, europe"
    })
    void spotChecks(String code, String region) {
        assertThat(REGIONS.regionOf(code)).contains(region);
        assertThat(REGIONS.countriesOf(region)).contains(code);
    }

    @Test
    void regionOfIsCaseInsensitiveAndEmptyForUnknownCodes() {
        assertThat(REGIONS.regionOf("eg")).contains("arab-states");
        assertThat(REGIONS.regionOf("ZZ")).isEmpty();
        assertThat(REGIONS.regionOf("")).isEmpty();
        assertThat(REGIONS.regionOf(null)).isEmpty();
    }

    @Test
    void countriesOfRejectsAnUnknownRegion() {
        assertThatThrownBy(() -> REGIONS.countriesOf("oceania"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oceania");
    }

    @Test
    void failsFastOnACodeListedTwice() {
        assertThatThrownBy(() -> parse(file("FR", "FR, DE")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FR")
                .hasMessageContaining("twice");
    }

    @Test
    void failsFastOnACodeThatIsNotIso() {
        assertThatThrownBy(() -> parse(file("FR, XX", "DE")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'XX'")
                .hasMessageContaining("not an ISO");
    }

    @Test
    void failsFastOnAnUnquotedNorway() {
        assertThatThrownBy(() -> parse(file("FR, NO", "DE")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"NO\"");
    }

    @Test
    void failsFastWhenARegionKeyIsMissingOrUnknown() {
        String yaml = file("FR", "DE").replace("cis:", "commonwealth:");
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cis");
    }

    private static ItuRegions parse(String yaml) throws Exception {
        return ItuRegions.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    /** A minimal file with the given europe codes and the given cis codes, every other region empty. */
    private static String file(String europe, String cis) {
        return "regions:\n"
                + Arrays.asList("africa", "americas", "arab-states", "asia-pacific").stream()
                        .map(region -> "  " + region + ": []\n").reduce("", String::concat)
                + "  cis: [" + cis + "]\n"
                + "  europe: [" + europe + "]\n";
    }
}
