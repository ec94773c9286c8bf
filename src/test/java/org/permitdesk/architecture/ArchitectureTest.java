package org.permitdesk.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
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

    /*
     * Known cycles, exempted dependency by dependency so that any other cycle still fails:
     * - the permit change log (PermitChangeLog, PermitRecordKinds in org.permitdesk.permit) reads the audited
     *   records of permit.fee, permit.review and inspection, which themselves depend on permit. Fix: move the change
     *   log (and PermitChangesView/ViewModel) to a package of its own that depends on all of them; that move edits
     *   PermitTab's wiring, which issue 18 item 1 is rewriting, so it waits for that merge.
     */
    private static final DescribedPredicate<JavaClass> PERMIT_CHANGE_LOG = ArchitectureRules.namedOrNestedIn(
            Set.of("org.permitdesk.permit.PermitChangeLog", "org.permitdesk.permit.PermitRecordKinds"));
    private static final DescribedPredicate<JavaClass> RECORDS_OF_A_PERMIT = resideInAnyPackage(
            "org.permitdesk.permit.fee..", "org.permitdesk.permit.review..", "org.permitdesk.inspection..");

    /*
     * View models that still receive a Permit entity (loaded with join fetch by the permit services) instead of a
     * record; the rule stops any new one. To be replaced by records when these screens are next reworked.
     */
    private static final Set<String> VIEW_MODELS_STILL_GIVEN_ENTITIES = Set.of(
            "org.permitdesk.permit.ui.PermitDetailViewModel", "org.permitdesk.permit.ui.PermitEditViewModel");

    @Test
    void theFeatureListIsReadFromTheCode() {
        assertTrue(RULES.features().containsAll(List.of("account", "inspection", "permit", "report", "staff")),
                "features found: " + RULES.features());
        assertTrue(CLASSES.stream().noneMatch(c -> c.getPackageName().startsWith("org.permitdesk.archfixture")),
                "the broken fixtures under src/test must not be checked as application code");
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
                .ignoreDependency(PERMIT_CHANGE_LOG, RECORDS_OF_A_PERMIT)
                .check(CLASSES);
    }

    @Test
    void everyPackageIsFreeOfCycles() {
        RULES.everyPackageIsFreeOfCycles()
                .ignoreDependency(PERMIT_CHANGE_LOG, RECORDS_OF_A_PERMIT)
                .check(CLASSES);
    }

    @Test
    void viewModelsReceiveNoEntityWithLazyAssociations() {
        RULES.viewModelsReceiveNoEntityWithLazyAssociations(VIEW_MODELS_STILL_GIVEN_ENTITIES).check(CLASSES);
    }
}
