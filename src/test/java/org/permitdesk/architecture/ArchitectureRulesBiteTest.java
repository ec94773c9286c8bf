package org.permitdesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shows that every rule of {@link ArchitectureRules} bites: applied to the deliberately broken classes in
 * {@code org.permitdesk.archfixture} (under src/test), each rule reports the class that breaks it. The fixture's
 * feature {@code shop} is listed nowhere: the rules find it in the code.
 */
class ArchitectureRulesBiteTest {

    private static final String ROOT = "org.permitdesk.archfixture";
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(ROOT);
    private static final ArchitectureRules RULES = ArchitectureRules.forRoot(ROOT, FIXTURES);

    @Test
    void findsTheFixturesFeatureWithoutAList() {
        assertEquals(List.of("shop"), RULES.features());
    }

    @Test
    void platformKnowsNoFeatureReportsTheKitThatKnowsTheShop() {
        assertReports(RULES.platformKnowsNoFeature(), "platform.BrokenKitKnowsAFeature");
    }

    @Test
    void javaFxRuleReportsAServiceAndACommandUsingJavaFx() {
        assertReports(RULES.javaFxOnlyInUiPackagesAndTheCompositionRoot(),
                "shop.BrokenServiceUsesJavaFx", "cli.ShopCommand");
    }

    @Test
    void commandLineRuleReportsACommandUsingAScreen() {
        assertReports(RULES.commandLineUsesNoJavaFxAndNoScreens(), "cli.ShopCommand");
    }

    @Test
    void servicesRuleReportsAServiceUsingAScreen() {
        assertReports(RULES.servicesNeverDependOnScreens(), "shop.BrokenServiceUsesAScreen");
    }

    @Test
    void screensRuleReportsAScreenUsingJdbc() {
        assertReports(RULES.screensNeverTouchHibernateOrJdbc(), "shop.ui.BrokenScreenUsesJdbc");
    }

    @Test
    void commandLineAndRootRuleReportsAFeatureReachingIntoThem() {
        assertReports(RULES.featuresDoNotReachIntoTheCommandLineOrTheCompositionRoot(),
                "shop.BrokenServiceUsesTheCommandLine");
    }

    @Test
    void topLevelCycleRuleReportsPlatformAndShopDependingOnEachOther() {
        assertReports(RULES.topLevelPackagesAreFreeOfCycles(), "Slice platform", "Slice shop");
    }

    @Test
    void packageCycleRuleReportsASubPackageDependingBackOnItsParent() {
        assertReports(RULES.everyPackageIsFreeOfCycles(), "shop.route.Leg", "shop.BrokenRouteCycle");
    }

    @Test
    void viewModelRuleReportsAViewModelHandedAnEntityWithALazyAssociation() {
        assertReports(RULES.viewModelsReceiveNoEntityWithLazyAssociations(),
                "shop.ui.WidgetViewModel receives " + ROOT + ".shop.Widget");
    }

    @Test
    void everyRuleReportsSomethingInTheFixtures() {
        for (ArchRule rule : RULES.all()) {
            assertTrue(rule.evaluate(FIXTURES).hasViolation(), "rule reports nothing: " + rule.getDescription());
        }
    }

    private static void assertReports(ArchRule rule, String... expected) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertTrue(result.hasViolation(), "rule reports nothing: " + rule.getDescription());
        String report = result.getFailureReport().toString();
        for (String text : expected) {
            String wanted = text.startsWith("Slice") ? text : ROOT + "." + text;
            assertTrue(report.contains(wanted), "rule does not report " + wanted + ":\n" + report);
        }
    }
}
