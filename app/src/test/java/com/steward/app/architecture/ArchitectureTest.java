package com.steward.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** Module boundaries of the whole build, checked on the compiled classes of every module on the class path. */
class ArchitectureTest {

    static JavaClasses steward;

    @BeforeAll
    static void importClasses() {
        steward = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.steward");
    }

    @Test
    void coreIsPureJavaWithoutFrameworksOrDataAccess() {
        noClasses()
                .that()
                .resideInAPackage("com.steward.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "javax.sql..",
                        "org.duckdb..",
                        "org.apache.spark..",
                        "jakarta..")
                .check(steward);
    }

    @Test
    void analyticsHasNoSpringAndNoWebLayer() {
        noClasses()
                .that()
                .resideInAPackage("com.steward.analytics..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "com.steward.app..")
                .check(steward);
    }

    @Test
    void lowerModulesNeverReachIntoTheApplication() {
        noClasses()
                .that()
                .resideInAnyPackage("com.steward.core..", "com.steward.analytics..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.steward.app..")
                .check(steward);
    }

    @Test
    void featurePackagesOfTheApplicationFormNoCycles() {
        slices().matching("com.steward.app.(*)..").should().beFreeOfCycles().check(steward);
    }

    @Test
    void controllersNeverTouchSqlOrTheAnalyticsEngineDirectly() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.springframework.jdbc..", "org.duckdb..")
                .check(steward);
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(steward);
    }
}
