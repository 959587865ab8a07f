package org.youthvoice.system;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** Holds the code to the package table of ARCHITECTURE.md: dependencies flow one way, down the table. */
class ArchitectureTest {

    static final String BASE = "org.youthvoice";
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9]+)` \\|[^|]*\\|([^|]*)\\|$");

    private static JavaClasses classes;
    /** Each package and the packages it may use, in the order of the table: top first. */
    private static Map<String, Set<String>> table;

    @BeforeAll
    static void read() throws IOException {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
        table = table(Files.readString(Path.of("ARCHITECTURE.md")));
    }

    static Map<String, Set<String>> table(String markdown) {
        String rows = markdown.substring(markdown.indexOf("<!-- layers -->"), markdown.indexOf("<!-- /layers -->"));
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (String line : rows.split("\n")) {
            Matcher m = ROW.matcher(line.strip());
            if (m.matches()) {
                Set<String> uses = Arrays.stream(m.group(2).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(TreeSet::new));
                table.put(m.group(1), uses);
            }
        }
        return table;
    }

    @Test
    void shouldNameEveryPackageOfTheTreeInTheTable() {
        Set<String> inTree = classes.stream().map(JavaClass::getPackageName).filter(p -> p.startsWith(BASE + "."))
                .map(p -> p.substring(BASE.length() + 1).split("\\.")[0]).collect(Collectors.toCollection(TreeSet::new));
        assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(inTree);
        assertThat(classes.stream().filter(c -> c.getPackageName().equals(BASE))).as("classes directly in " + BASE).isEmpty();
    }

    @Test
    void shouldListThePackagesInTheReadmeInTheTablesOrder() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String layout = readme.substring(readme.indexOf("## Code layout"), readme.indexOf("\n## ", readme.indexOf("## Code layout") + 1));
        List<String> listed = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^- `([a-z0-9]+)`").matcher(layout);
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertThat(listed).containsExactlyElementsOf(table.keySet());
    }

    @Test
    void shouldOnlyAllowPackagesFurtherDownTheTable() {
        List<String> order = new ArrayList<>(table.keySet());
        table.forEach((pkg, uses) -> uses.forEach(used -> {
            assertThat(order).as("%s may use %s, which the table does not name", pkg, used).contains(used);
            assertThat(order.indexOf(used)).as("%s may use %s, which stands above it", pkg, used).isGreaterThan(order.indexOf(pkg));
        }));
    }

    @Test
    void shouldImportOnlyThePackagesTheTableAllows() {
        table.forEach((pkg, uses) -> {
            String[] forbidden = table.keySet().stream().filter(other -> !other.equals(pkg) && !uses.contains(other))
                    .map(other -> BASE + "." + other + "..").toArray(String[]::new);
            if (forbidden.length > 0) {
                noClasses().that().resideInAPackage(BASE + "." + pkg + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because("ARCHITECTURE.md lets " + pkg + " use only " + (uses.isEmpty() ? "the JDK and libraries" : uses))
                        .check(classes);
            }
        });
    }

    @Test
    void shouldHaveNoCycleBetweenPackages() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void shouldCatchAnImportAgainstTheOrder() {
        // The rule itself must bite: a table in which catalog may not use access fails on ControlService's audit.
        Map<String, Set<String>> wrong = new LinkedHashMap<>(table);
        wrong.put("catalog", Set.of("definition", "i18n", "system"));
        String[] forbidden = wrong.keySet().stream().filter(p -> !p.equals("catalog") && !wrong.get("catalog").contains(p))
                .map(p -> BASE + "." + p + "..").toArray(String[]::new);
        var result = noClasses().that().resideInAPackage(BASE + ".catalog..").should().dependOnClassesThat()
                .resideInAnyPackage(forbidden).evaluate(classes);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("org.youthvoice.access.Audit");
    }
}
