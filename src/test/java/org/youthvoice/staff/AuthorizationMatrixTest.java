package org.youthvoice.staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthvoice.access.AccountService;
import org.youthvoice.support.StaffSessions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the running application documents, under every role and unauthenticated, gets exactly its allowed
 * outcome. Routes are read from the OpenAPI document, so a new endpoint without a rule here fails the test.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final String ANONYMOUS = "anonymous";
    static final List<String> CALLERS = List.of(ANONYMOUS, StaffSessions.ADMIN, StaffSessions.CHAIR,
            StaffSessions.PROMOTER_AFRICA, StaffSessions.STEWARD);
    static final Map<String, String> ROLE_OF = Map.of(StaffSessions.ADMIN, "admin", StaffSessions.CHAIR, "chair",
            StaffSessions.PROMOTER_AFRICA, "promoter", StaffSessions.STEWARD, "steward");
    static final Set<String> EVERY_ROLE = Set.of("admin", "chair", "promoter", "steward");

    /** Who may call a route: public (null), or the set of roles. The first matching prefix wins. */
    static final Map<String, Set<String>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("/staff/login", null);
        RULES.put("/staff/logout", EVERY_ROLE);
        RULES.put("/staff/accounts", Set.of("admin"));
        RULES.put("/staff/audit", Set.of("admin"));
        RULES.put("/staff/consultations", Set.of("admin"));
        RULES.put("/staff/campaigns", Set.of("admin", "promoter"));
        RULES.put("/staff/participation", Set.of("admin", "chair"));
        RULES.put("/staff/results", Set.of("admin", "chair"));
        RULES.put("/staff/data", Set.of("admin", "steward"));
        RULES.put("/staff/quotes", Set.of("admin", "steward"));
        RULES.put("/staff", EVERY_ROLE);
        RULES.put("/api/v1/admin/accounts", Set.of("admin"));
        RULES.put("/api/v1/admin/audit", Set.of("admin"));
        RULES.put("/api/v1/admin/consultations", Set.of("admin"));
        RULES.put("/api/v1/admin/campaigns", Set.of("admin", "promoter"));
        RULES.put("/api/v1/admin/participation", Set.of("admin", "chair"));
        RULES.put("/api/v1/admin/results", Set.of("admin", "chair"));
        RULES.put("/api/v1/admin/microdata", Set.of("admin", "steward"));
        RULES.put("/api/v1/consultations", null);
        RULES.put("/j", null);
        RULES.put("/{lang", null);
        RULES.put("/", null);
    }

    @Inject
    AccountService accounts;

    final Map<String, Map<String, String>> sessions = new LinkedHashMap<>();

    @BeforeEach
    void signIn() {
        StaffSessions.ensureAccounts(accounts);
        for (String caller : CALLERS) {
            if (!caller.equals(ANONYMOUS)) {
                sessions.put(caller, StaffSessions.signIn(caller));
            }
        }
    }

    @Test
    void shouldGiveEveryDocumentedRouteExactlyItsAllowedOutcome() {
        List<String[]> routes = routes();
        assertThat(routes).as("routes read from OpenAPI").hasSizeGreaterThan(30);
        List<String> wrong = new ArrayList<>();
        for (String[] route : routes) {
            String method = route[0];
            String path = route[1];
            Set<String> allowed = rule(path);
            for (String caller : CALLERS) {
                int status = call(caller, method, concrete(path), path).statusCode();
                if (path.equals("/staff/logout") && sessions.containsKey(caller)) {
                    sessions.put(caller, StaffSessions.signIn(caller)); // signing out ended the caller's sessions
                }
                String expected = expectation(allowed, caller, path);
                if (!matches(expected, status)) {
                    wrong.add(method + " " + path + " as " + caller + ": " + status + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldRefuseEveryStaffFormPostedWithoutItsToken() {
        List<String> unprotected = new ArrayList<>();
        for (String[] route : routes()) {
            if (route[0].equals("POST") && route[1].startsWith("/staff/")) {
                Response r = StaffSessions.as(sessions.get(StaffSessions.ADMIN)).contentType(ContentType.URLENC)
                        .formParam("nothing", "x").post(concrete(route[1]));
                if (r.statusCode() != 403) {
                    unprotected.add(route[1] + " answered " + r.statusCode());
                }
            }
        }
        assertThat(unprotected).isEmpty();
    }

    @Test
    void shouldStateTheSecurityRequirementOfEveryStaffEndpointInOpenApi() {
        JsonPath api = given().accept(ContentType.JSON).get("/q/openapi").jsonPath();
        List<String> undocumented = new ArrayList<>();
        for (String[] route : routes()) {
            Set<String> allowed = rule(route[1]);
            if (allowed == null || route[1].equals("/staff")) {
                continue;
            }
            List<Map<String, List<String>>> security = api.getList("paths.'" + route[1] + "'." + route[0].toLowerCase() + ".security");
            if (security == null || security.isEmpty() || !allowed.containsAll(security.get(0).get("staff"))) {
                undocumented.add(route[0] + " " + route[1] + ": " + security);
            }
        }
        assertThat(undocumented).isEmpty();
    }

    /** Method and path of every operation in the OpenAPI document. */
    static List<String[]> routes() {
        JsonPath api = given().accept(ContentType.JSON).get("/q/openapi").jsonPath();
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        List<String[]> routes = new ArrayList<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> routes.add(new String[] {m.toUpperCase(), path})));
        return routes;
    }

    static Set<String> rule(String path) {
        for (var rule : RULES.entrySet()) {
            String prefix = rule.getKey();
            if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") || prefix.endsWith("{lang") ? prefix : prefix + "/")) {
                return rule.getValue();
            }
        }
        throw new AssertionError("route without an authorization rule: " + path);
    }

    /** Path parameters filled so that reading is harmless and posting changes nothing (the targets do not exist). */
    static String concrete(String path) {
        return path.replace("/staff/quotes/{id}", "/staff/quotes/0").replaceAll("\\{lang[^}]*}", "en").replace("{id}", "no-such-consultation")
                .replace("{code}", "NO-SUCH").replace("{username}", "no-such-user").replace("report.{format}", "report.pdf")
                .replace("{format}", "csv").replace("{screen}", "1").replace("{hash}", "0000000000").replace("{file}", "css/app.css");
    }

    /** "public", "login" (redirect to sign-in), "401", "403" or "allowed". */
    static String expectation(Set<String> allowed, String caller, String path) {
        if (allowed == null) {
            return "public";
        }
        if (caller.equals(ANONYMOUS)) {
            return path.startsWith("/api/") ? "401" : "login";
        }
        return allowed.contains(ROLE_OF.get(caller)) ? "allowed" : "403";
    }

    static boolean matches(String expected, int status) {
        return switch (expected) {
            case "public", "allowed" -> status < 500 && status != 401 && status != 403;
            case "login" -> status == 302;
            default -> status == Integer.parseInt(expected);
        };
    }

    Response call(String caller, String method, String path, String template) {
        RequestSpecification request;
        if (caller.equals(ANONYMOUS)) {
            request = given().redirects().follow(false);
        } else if (template.startsWith("/api/v1/admin")) {
            request = StaffSessions.api(caller);
        } else {
            request = StaffSessions.as(sessions.get(caller));
        }
        if (method.equals("GET")) {
            return request.get(path);
        }
        if (template.startsWith("/api/")) {
            return request.contentType(ContentType.JSON).body("{}").request(method, path);
        }
        String token = caller.equals(ANONYMOUS) ? "" : StaffSessions.csrf(sessions.get(caller));
        return request.contentType(ContentType.URLENC).formParam("csrf", token).request(method, path);
    }
}
