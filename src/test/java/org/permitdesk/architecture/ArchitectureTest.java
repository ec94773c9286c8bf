package org.permitdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers of the application honest (the rules are in {@link ArchitectureRules}; that they report a
 * broken class is shown by {@link ArchitectureRulesBiteTest}). Only main classes are imported, so the broken
 * fixtures under src/test never reach these rules.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.permitdesk");

    private static final ArchitectureRules RULES = ArchitectureRules.forRoot("org.permitdesk", CLASSES);

    @Test
    void theFeatureListIsReadFromTheCode() {
        assertTrue(RULES.features().containsAll(List.of("account", "inspection", "permit", "report", "staff")),
                "features found: " + RULES.features());
        assertTrue(CLASSES.stream().noneMatch(c -> c.getPackageName().startsWith("org.permitdesk.archfixture")),
                "the broken fixtures under src/test must not be checked as application code");
    }

    @Test
    void thePublicWebViewLoadsNoJavaFxAndNoHibernate() {
        noClasses().that().resideInAPackage("org.permitdesk.web..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.hibernate..",
                        "jakarta.persistence..", "org.permitdesk..ui..")
                .check(CLASSES);
    }

    @Test
    void platformKnowsNoFeature() {
        RULES.platformKnowsNoFeature().check(CLASSES);
    }

    @Test
    void javaFxIsUsedOnlyInUiPackagesAndTheCompositionRoot() {
        RULES.javaFxOnlyInUiPackagesAndTheCompositionRoot().check(CLASSES);
    }

    @Test
    void theCommandLineUsesNoJavaFxAndNoScreen() {
        RULES.commandLineUsesNoJavaFxAndNoScreens().check(CLASSES);
    }

    @Test
    void servicesNeverDependOnScreens() {
        RULES.servicesNeverDependOnScreens().check(CLASSES);
    }

    @Test
    void screensNeverTouchHibernateOrJdbcDirectly() {
        RULES.screensNeverTouchHibernateOrJdbc().check(CLASSES);
    }

    @Test
    void featuresDoNotReachIntoTheCommandLineOrTheCompositionRoot() {
        RULES.featuresDoNotReachIntoTheCommandLineOrTheCompositionRoot().check(CLASSES);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        RULES.topLevelPackagesAreFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void everyPackageIsFreeOfCycles() {
        RULES.everyPackageIsFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void viewModelsReceiveNoEntityWithLazyAssociations() {
        RULES.viewModelsReceiveNoEntityWithLazyAssociations().check(CLASSES);
    }
}
