package org.permitdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layers honest: JavaFX only in ui packages, no Hibernate in them, platform knows no feature. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.permitdesk");

    @Test
    void javaFxIsUsedOnlyInUiPackagesAndTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackages("..ui..")
                .and().doNotHaveFullyQualifiedName("org.permitdesk.PermitDeskApp")
                .and().doNotHaveFullyQualifiedName("org.permitdesk.PermitTab")
                .and().doNotHaveFullyQualifiedName("org.permitdesk.SectionScreens")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void screensNeverTouchHibernateOrJdbcDirectly() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "java.sql..")
                .check(CLASSES);
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
        noClasses().that().resideInAPackage("org.permitdesk.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("org.permitdesk.permit..", "org.permitdesk.staff..",
                        "org.permitdesk.demo..", "org.permitdesk.cli..", "org.permitdesk.ui..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotReachIntoTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.permitdesk.permit..", "org.permitdesk.staff..")
                .should().dependOnClassesThat().resideInAnyPackage("org.permitdesk.cli..", "picocli..")
                .check(CLASSES);
    }
}
