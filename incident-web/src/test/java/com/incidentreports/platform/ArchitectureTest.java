package com.incidentreports.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code, as docs/architecture.md draws it, kept by the build: the feature packages (report,
 * discussion, action, identity, …, each with its {@code web} and {@code api} parts) depend on each other in one
 * direction only, and the base packages every feature builds on depend on no feature. Reads the compiled classes of
 * the EJB and web modules.
 */
class ArchitectureTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.incidentreports");

    @Test
    void noTwoFeaturesDependOnEachOther() {
        slices().matching("com.incidentreports.(*)..").should().beFreeOfCycles().check(APPLICATION);
    }

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("com.incidentreports.platform..")
                .should().dependOnClassesThat(resideInAPackage("com.incidentreports..")
                        .and(not(resideInAPackage("com.incidentreports.platform.."))))
                .check(APPLICATION);
    }

    @Test
    void markdownDependsOnNoFeature() {
        noClasses().that().resideInAPackage("com.incidentreports.markdown..")
                .should().dependOnClassesThat(resideInAPackage("com.incidentreports..")
                        .and(not(resideInAnyPackage("com.incidentreports.markdown..",
                                "com.incidentreports.platform.."))))
                .check(APPLICATION);
    }
}
