package org.youthvoice.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads every consultation file of the survey folders and validates them all, or reports every mistake at once. */
public final class DefinitionLoader {

    /** The mapper that writes definitions in the field names of the files; also used for fingerprints. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();
    private static final YAMLMapper YAML = new YAMLMapper();

    private DefinitionLoader() {
    }

    /** Every consultation in the given folders; throws {@link DefinitionException} naming each mistake found. */
    public static List<LoadedFile> loadAll(List<Path> folders) {
        List<DefinitionError> errors = new ArrayList<>();
        Map<String, LoadedFile> byId = new LinkedHashMap<>();
        for (Path file : files(folders)) {
            String name = file.toString();
            ConsultationParser parser = new ConsultationParser(name);
            Consultation consultation = parser.parse(read(file, parser));
            errors.addAll(parser.errors());
            if (consultation == null) {
                continue;
            }
            LoadedFile previous = byId.putIfAbsent(consultation.id(), new LoadedFile(name, consultation, fingerprint(consultation)));
            if (previous != null) {
                parser.report(DefinitionProblem.DUPLICATE_CONSULTATION, "id", consultation.id(), previous.file());
                errors.addAll(parser.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new DefinitionException(errors);
        }
        return List.copyOf(byId.values());
    }

    /** Parses one file's text; used by tests and by the loader alike. */
    public static LoadedFile parse(String name, String yaml) {
        ConsultationParser parser = new ConsultationParser(name);
        Consultation consultation = parser.parse(tree(yaml, parser));
        if (consultation == null) {
            throw new DefinitionException(parser.errors());
        }
        return new LoadedFile(name, consultation, fingerprint(consultation));
    }

    private static List<Path> files(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new DefinitionException(List.of(new DefinitionError(DefinitionProblem.NO_FOLDER, folder.toString(), "", List.of())));
            }
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static JsonNode read(Path file, ConsultationParser parser) {
        try {
            return tree(Files.readString(file, StandardCharsets.UTF_8), parser);
        } catch (IOException e) {
            parser.report(DefinitionProblem.UNREADABLE, "", e.getClass().getSimpleName());
            return null;
        }
    }

    private static JsonNode tree(String yaml, ConsultationParser parser) {
        try {
            return YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            parser.report(DefinitionProblem.UNREADABLE, "", e.getOriginalMessage());
            return null;
        }
    }

    private static String fingerprint(Consultation consultation) {
        try {
            byte[] canonical = JSON.writeValueAsBytes(consultation);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint consultation " + consultation.id(), e);
        }
    }
}
