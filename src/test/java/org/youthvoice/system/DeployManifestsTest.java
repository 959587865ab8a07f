package org.youthvoice.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Parses every manifest under deploy/ and checks the properties that production relies on. */
class DeployManifestsTest {

    static final Path DEPLOY = Path.of("deploy");
    static final YAMLMapper YAML = new YAMLMapper();
    static List<JsonNode> k8s;

    @BeforeAll
    static void parse() throws IOException {
        k8s = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (var docs = YAML.readValues(YAML.createParser(file.toFile()), JsonNode.class)) {
                    while (docs.hasNext()) {
                        JsonNode doc = docs.next();
                        assertThat(doc.path("apiVersion").asText()).as(file + " apiVersion").isNotEmpty();
                        assertThat(doc.path("kind").asText()).as(file + " kind").isNotEmpty();
                        k8s.add(doc);
                    }
                }
            }
        }
    }

    static JsonNode one(String kind) {
        List<JsonNode> found = all(kind);
        assertThat(found).as("one " + kind).hasSize(1);
        return found.get(0);
    }

    static List<JsonNode> all(String kind) {
        return k8s.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    static Map<String, String> labels(JsonNode selector) {
        Map<String, String> labels = new java.util.TreeMap<>();
        selector.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    @Test
    void shouldRunTheServiceAsReplicatedNonRootReadOnlyPodsWithProbes() {
        JsonNode deployment = one("Deployment");
        assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode pod = deployment.at("/spec/template/spec");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).isPositive();
        JsonNode container = pod.at("/containers/0");
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        List<String> ports = container.path("ports").findValuesAsText("name");
        assertThat(ports).contains(container.at("/readinessProbe/httpGet/port").asText(), container.at("/livenessProbe/httpGet/port").asText());
        assertThat(container.at("/readinessProbe/httpGet/port").asText()).as("health on the management port, never exposed").isEqualTo("management");
        assertThat(labels(deployment.at("/spec/selector/matchLabels"))).isEqualTo(labels(deployment.at("/spec/template/metadata/labels")));
        List<String> mounted = new ArrayList<>();
        container.path("volumeMounts").forEach(m -> mounted.add(m.path("name").asText()));
        List<String> volumes = new ArrayList<>();
        pod.path("volumes").forEach(v -> volumes.add(v.path("name").asText()));
        assertThat(volumes).containsAll(mounted);
        assertThat(mounted).as("a writable /tmp beside the read-only root").isNotEmpty();
    }

    @Test
    void shouldTakeSettingsFromTheConfigMapAndSecretsFromSecrets() throws IOException {
        JsonNode container = one("Deployment").at("/spec/template/spec/containers/0");
        List<String> configMaps = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        container.path("envFrom").forEach(e -> {
            if (e.has("configMapRef")) {
                configMaps.add(e.at("/configMapRef/name").asText());
            }
            if (e.has("secretRef")) {
                secrets.add(e.at("/secretRef/name").asText());
            }
        });
        assertThat(configMaps).containsExactly(one("ConfigMap").at("/metadata/name").asText());
        JsonNode secretTemplate = YAML.readTree(DEPLOY.resolve("k8s/secret.example.yaml").toFile());
        assertThat(secrets).containsExactly(secretTemplate.at("/metadata/name").asText());
        assertThat(secretTemplate.path("stringData").fieldNames()).toIterable()
                .contains("ADMIN_PASSWORD", "STAFF_SECRET", "FORM_SECRET", "TEXT_KEYS", "TEXT_KEY_ID");
        one("ConfigMap").path("data").fields().forEachRemaining(e ->
                assertThat(e.getKey()).as("no secret in the ConfigMap").doesNotContain("PASSWORD", "SECRET", "KEYS"));
        assertThat(one("ConfigMap").at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText()).startsWith("jdbc:postgresql://");
    }

    @Test
    void shouldRouteServiceIngressAutoscalerAndBudgetToTheDeployment() {
        JsonNode deployment = one("Deployment");
        Map<String, String> podLabels = labels(deployment.at("/spec/template/metadata/labels"));
        JsonNode service = one("Service");
        assertThat(podLabels).containsAllEntriesOf(labels(service.at("/spec/selector")));
        String servicePort = service.at("/spec/ports/0/name").asText();
        assertThat(service.at("/spec/ports").findValuesAsText("targetPort")).as("the Service exposes no management port").containsExactly("http");
        JsonNode backend = one("Ingress").at("/spec/rules/0/http/paths/0/backend/service");
        assertThat(backend.path("name").asText()).isEqualTo(service.at("/metadata/name").asText());
        assertThat(backend.at("/port/name").asText()).isEqualTo(servicePort);
        assertThat(one("Ingress").at("/spec/tls/0/hosts/0").asText()).isEqualTo(one("Ingress").at("/spec/rules/0/host").asText());
        JsonNode hpa = one("HorizontalPodAutoscaler");
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(deployment.at("/metadata/name").asText());
        assertThat(hpa.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.at("/spec/maxReplicas").asInt()).isGreaterThan(hpa.at("/spec/minReplicas").asInt());
        JsonNode pdb = one("PodDisruptionBudget");
        assertThat(podLabels).containsAllEntriesOf(labels(pdb.at("/spec/selector/matchLabels")));
        assertThat(pdb.at("/spec/minAvailable").asInt()).isBetween(1, deployment.at("/spec/replicas").asInt() - 1);
    }

    @Test
    void shouldFenceTheServiceAndTheDatabaseWithNetworkPolicies() {
        Map<String, String> podLabels = labels(one("Deployment").at("/spec/template/metadata/labels"));
        List<JsonNode> policies = all("NetworkPolicy");
        JsonNode service = policies.stream().filter(p -> podLabels.equals(labels(p.at("/spec/podSelector/matchLabels")))).findFirst().orElseThrow();
        assertThat(service.at("/spec/policyTypes").toString()).contains("Ingress", "Egress");
        assertThat(service.at("/spec/egress").toString()).contains("5432");
        String cluster = one("Cluster").at("/metadata/name").asText();
        assertThat(policies).anyMatch(p -> cluster.equals(p.at("/spec/podSelector/matchLabels/cnpg.io~1cluster").asText()));
    }

    @Test
    void shouldRunPostgresqlAsAThreeInstanceClusterWithScheduledBackups() {
        JsonNode cluster = one("Cluster");
        assertThat(cluster.path("apiVersion").asText()).startsWith("postgresql.cnpg.io/");
        assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(3);
        assertThat(cluster.at("/spec/backup/barmanObjectStore/destinationPath").asText()).isNotEmpty();
        assertThat(cluster.at("/spec/backup/retentionPolicy").asText()).isNotEmpty();
        JsonNode backup = one("ScheduledBackup");
        assertThat(backup.at("/spec/cluster/name").asText()).isEqualTo(cluster.at("/metadata/name").asText());
        assertThat(backup.at("/spec/schedule").asText().split(" ")).hasSize(6);
        String appSecret = cluster.at("/metadata/name").asText() + "-app";
        assertThat(one("Deployment").at("/spec/template/spec/containers/0/env").findValuesAsText("name")).contains(
                "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
        assertThat(one("Deployment").at("/spec/template/spec/containers/0/env").toString()).contains(appSecret);
    }

    @Test
    void shouldListEveryManifestInTheKustomization() throws IOException {
        JsonNode kustomization = YAML.readTree(DEPLOY.resolve("k8s/kustomization.yaml").toFile());
        List<String> listed = new ArrayList<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
            List<String> manifests = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml") && !n.contains("example")).sorted().toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(manifests);
        }
    }

    @Test
    void shouldComposeTheServiceWithPostgresql17AndHealthChecks() throws IOException {
        JsonNode compose = YAML.readTree(DEPLOY.resolve("compose.yaml").toFile());
        JsonNode db = compose.at("/services/db");
        assertThat(db.path("image").asText()).matches(".*postgres:17(\\..*)?");
        assertThat(db.path("volumes").get(0).asText()).endsWith(":/var/lib/postgresql/data");
        String volume = db.path("volumes").get(0).asText().split(":")[0];
        assertThat(compose.at("/volumes").has(volume)).isTrue();
        assertThat(db.at("/healthcheck/test").toString()).contains("pg_isready");
        JsonNode app = compose.at("/services/app");
        assertThat(app.at("/depends_on/db/condition").asText()).isEqualTo("service_healthy");
        assertThat(app.at("/healthcheck/test").toString()).contains("/q/health/ready");
        assertThat(app.at("/environment/QUARKUS_DATASOURCE_JDBC_URL").asText()).startsWith("jdbc:postgresql://db:5432/");
        assertThat(app.at("/build/dockerfile").asText()).isEqualTo("deploy/Containerfile");
        app.path("environment").fields().forEachRemaining(e -> {
            if (e.getKey().matches(".*(PASSWORD|SECRET|KEYS)")) {
                assertThat(e.getValue().asText()).as(e.getKey() + " comes from the environment").startsWith("${");
            }
        });
    }

    @Test
    void shouldBuildTheImageInStagesAndRunItAsANonRootUser() throws IOException {
        List<String> lines = Files.readAllLines(DEPLOY.resolve("Containerfile"));
        List<String> stages = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(stages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(stages.get(0)).contains(" AS build");
        assertThat(lines.stream().filter(l -> l.startsWith("COPY --from=build")).count()).isPositive();
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user).doesNotContain("root").isNotEqualTo("USER 0");
        assertThat(lines.stream().filter(l -> l.startsWith("EXPOSE")).collect(Collectors.joining())).contains("8080");
        assertThat(lines).noneMatch(l -> l.matches("(?i).*(password|secret)=.+") && !l.trim().startsWith("#"));
        assertThat(Objects.requireNonNull(lines.stream().filter(l -> l.startsWith("ENTRYPOINT")).findFirst().orElse(null))).contains("quarkus-run.jar");
    }
}
