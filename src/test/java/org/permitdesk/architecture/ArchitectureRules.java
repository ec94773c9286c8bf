package org.permitdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SliceRule;
import jakarta.persistence.Basic;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The layering rules of HOUSE-STYLE.md, written once for a root package so that the same rules check the
 * application ({@code org.permitdesk}, see {@link ArchitectureTest}) and a set of deliberately broken classes
 * ({@code org.permitdesk.archfixture}, see {@link ArchitectureRulesBiteTest}).
 *
 * <p>Under the root: the root package itself (the launcher), {@code app} (the features joined over one application
 * context, no JavaFX) and {@code desktop} (the window flow) compose the application; {@code platform} is the
 * shared kit; {@code cli} is the command line; {@code ui} is the main window; every other top-level package is a
 * feature.
 * The feature list is read from the classes, so a new feature package is covered without editing this file.
 */
final class ArchitectureRules {

    private static final Set<String> NOT_FEATURES = Set.of("platform", "cli", "ui", "app", "desktop");

    private final String root;
    private final List<String> features;

    private ArchitectureRules(String root, List<String> features) {
        this.root = root;
        this.features = features;
    }

    /** The rules for the classes under {@code root}; features are the top-level packages found in {@code classes}. */
    static ArchitectureRules forRoot(String root, JavaClasses classes) {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            String pkg = c.getPackageName();
            if (pkg.startsWith(root + ".")) {
                String top = pkg.substring(root.length() + 1).split("\\.")[0];
                if (!NOT_FEATURES.contains(top)) {
                    found.add(top);
                }
            }
        }
        return new ArchitectureRules(root, List.copyOf(found));
    }

    /** The top-level feature packages, e.g. "permit", "inspection". */
    List<String> features() {
        return features;
    }

    private String[] featurePackages() {
        return features.stream().map(f -> root + "." + f + "..").toArray(String[]::new);
    }

    private String[] featureAndPlatformPackages() {
        return Stream.concat(Stream.of(featurePackages()), Stream.of(root + ".platform..")).toArray(String[]::new);
    }

    /** The packages that compose the application: the launcher's root package, app and desktop. */
    private String[] compositionPackages() {
        return new String[] {root, root + ".app..", root + ".desktop.."};
    }

    ArchRule platformKnowsNoFeature() {
        List<String> forbidden = new ArrayList<>(List.of(featurePackages()));
        forbidden.addAll(List.of(root + ".cli..", root + ".ui.."));
        forbidden.addAll(List.of(compositionPackages()));
        return noClasses().that().resideInAPackage(root + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .as("platform knows no feature, no command line, no main window and not the composition root")
                .allowEmptyShould(true);
    }

    ArchRule javaFxOnlyInUiPackagesAndTheCompositionRoot() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + "..ui..", root, root + ".desktop..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .as("JavaFX and ControlsFX are used only in ui packages, the launcher and the desktop's window flow")
                .allowEmptyShould(true);
    }

    ArchRule commandLineUsesNoJavaFxAndNoScreens() {
        return noClasses().that().resideInAPackage(root + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", root + "..ui..")
                .as("the command line uses no JavaFX and no screen")
                .allowEmptyShould(true);
    }

    ArchRule servicesNeverDependOnScreens() {
        return noClasses().that().resideInAnyPackage(featureAndPlatformPackages())
                .and().resideOutsideOfPackage(root + "..ui..")
                .should().dependOnClassesThat().resideInAPackage(root + "..ui..")
                .as("services, entities and the platform kit (everything outside ui packages) never depend on a screen")
                .allowEmptyShould(true);
    }

    ArchRule screensNeverTouchHibernateOrJdbc() {
        return noClasses().that().resideInAPackage(root + "..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "java.sql..")
                .as("screens never touch Hibernate or JDBC")
                .allowEmptyShould(true);
    }

    ArchRule featuresDoNotReachIntoTheCommandLineOrTheCompositionRoot() {
        return noClasses().that().resideInAnyPackage(featureAndPlatformPackages())
                .should().dependOnClassesThat().resideInAnyPackage(Stream.concat(
                        Stream.of(root + ".cli..", "picocli.."), Stream.of(compositionPackages())).toArray(String[]::new))
                .as("features and the platform kit never reach into the command line or the composition root")
                .allowEmptyShould(true);
    }

    /** No cycles between the top-level packages (features, platform, cli, ui). */
    SliceRule topLevelPackagesAreFreeOfCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("top-level packages under " + root + " are free of cycles");
    }

    /**
     * The wiring classes: each feature's {@code XxxFeature} (in the feature's own package, it builds the services of
     * its sub-packages, e.g. permit.fee) and {@code platform.AppContext} (it holds platform.db, mail and report).
     * Joining the sub-packages is their job, so their dependencies on them are not cycles; any other class is.
     */
    static final DescribedPredicate<JavaClass> WIRING_CLASSES = new DescribedPredicate<>("a feature's wiring class") {
        @Override
        public boolean test(JavaClass javaClass) {
            String name = javaClass.getSimpleName();
            return !javaClass.isNestedClass() && (name.endsWith("Feature") || name.equals("AppContext"));
        }
    };

    /**
     * No cycles between any two packages, including the root package and sub-packages such as inspection.route,
     * except through the {@linkplain #WIRING_CLASSES wiring classes}.
     */
    SliceRule everyPackageIsFreeOfCycles() {
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                return pkg.equals(root) || pkg.startsWith(root + ".") ? SliceIdentifier.of(pkg) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "every package under " + root;
            }
        }).should().beFreeOfCycles()
                .ignoreDependency(WIRING_CLASSES, DescribedPredicate.alwaysTrue())
                .as("no two packages under " + root + " (root and sub-packages included) depend on each other"
                        + " (a feature's wiring class may join its sub-packages)");
    }

    /**
     * A view model never holds or is handed a Hibernate entity with a lazy association: outside its session such an
     * entity throws LazyInitializationException when the screen touches the association. Services hand screens
     * records or fully loaded objects instead.
     */
    ArchRule viewModelsReceiveNoEntityWithLazyAssociations() {
        return classes().that().resideInAPackage(root + "..ui..").and().haveNameMatching(".*ViewModel(\\$.*)?")
                .should(new ArchCondition<JavaClass>("receive no Hibernate entity with a lazy association "
                        + "(as a field, or a constructor or method parameter)") {
                    @Override
                    public void check(JavaClass viewModel, ConditionEvents events) {
                        for (JavaField field : viewModel.getFields()) {
                            report(events, viewModel, field.getType(), "field " + field.getName());
                        }
                        for (JavaCodeUnit unit : viewModel.getCodeUnits()) {
                            for (JavaType parameter : unit.getParameterTypes()) {
                                report(events, viewModel, parameter, "parameter of " + unit.getFullName());
                            }
                        }
                    }

                    private void report(ConditionEvents events, JavaClass viewModel, JavaType type, String where) {
                        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
                            if (hasLazyAssociation(raw)) {
                                events.add(SimpleConditionEvent.violated(viewModel, viewModel.getName() + " receives "
                                        + raw.getName() + " (an entity with lazy associations) as " + where));
                            }
                        }
                    }
                }).allowEmptyShould(true);
    }

    private boolean hasLazyAssociation(JavaClass type) {
        if (!type.getPackageName().startsWith(root) || !type.isAnnotatedWith(Entity.class)) {
            return false;
        }
        for (Class<?> c = type.reflect(); c != null && c != Object.class; c = c.getSuperclass()) {
            List<AccessibleObject> members = new ArrayList<>(List.of(c.getDeclaredFields()));
            for (Method m : c.getDeclaredMethods()) {
                members.add(m);
            }
            for (AccessibleObject member : members) {
                if (isLazy(member)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** JPA defaults: to-one associations are eager unless said otherwise; collections are lazy unless said otherwise. */
    private static boolean isLazy(AccessibleObject member) {
        ManyToOne manyToOne = member.getAnnotation(ManyToOne.class);
        OneToOne oneToOne = member.getAnnotation(OneToOne.class);
        OneToMany oneToMany = member.getAnnotation(OneToMany.class);
        ManyToMany manyToMany = member.getAnnotation(ManyToMany.class);
        ElementCollection elements = member.getAnnotation(ElementCollection.class);
        Basic basic = member.getAnnotation(Basic.class);
        return manyToOne != null && manyToOne.fetch() == FetchType.LAZY
                || oneToOne != null && oneToOne.fetch() == FetchType.LAZY
                || oneToMany != null && oneToMany.fetch() == FetchType.LAZY
                || manyToMany != null && manyToMany.fetch() == FetchType.LAZY
                || elements != null && elements.fetch() == FetchType.LAZY
                || basic != null && basic.fetch() == FetchType.LAZY;
    }

    /** Every rule, for the test that shows each one reports a broken class. */
    List<ArchRule> all() {
        return List.of(platformKnowsNoFeature(), javaFxOnlyInUiPackagesAndTheCompositionRoot(),
                commandLineUsesNoJavaFxAndNoScreens(), servicesNeverDependOnScreens(), screensNeverTouchHibernateOrJdbc(),
                featuresDoNotReachIntoTheCommandLineOrTheCompositionRoot(), topLevelPackagesAreFreeOfCycles(),
                everyPackageIsFreeOfCycles(), viewModelsReceiveNoEntityWithLazyAssociations());
    }
}
