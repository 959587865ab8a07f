package org.youthvoice.respondent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** National child helplines from the reference file; a country is listed only with a sourced number. */
@ApplicationScoped
public class Helplines {

    static final String FILE = "reference/helplines.yaml";

    private final Map<String, Views.Helpline> byCountry = new HashMap<>();
    private final String finder;

    public Helplines() {
        try (InputStream in = Helplines.class.getClassLoader().getResourceAsStream(FILE)) {
            JsonNode root = new YAMLMapper().readTree(in);
            finder = root.path("finder").asText();
            root.path("helplines").forEach(h -> byCountry.put(h.path("country").asText(),
                    new Views.Helpline(h.path("name").asText(), h.path("number").asText(), h.path("url").asText())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Views.Helpline> forCountry(String country) {
        return Optional.ofNullable(country == null ? null : byCountry.get(country));
    }

    /** The address of a directory of child helplines worldwide. */
    public String finder() {
        return finder;
    }
}
