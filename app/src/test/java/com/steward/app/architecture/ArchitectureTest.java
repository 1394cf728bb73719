package com.steward.app.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
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

    /**
     * The one door to the lake: only {@code com.steward.app.lake} opens DuckDB, reaches the lake's files or runs an
     * engine; everything else in the application asks the gateway (so every query gets its cache).
     */
    @Test
    void onlyTheLakeGatewayTouchesDuckDbOrTheLake() {
        noClasses()
                .that()
                .resideInAPackage("com.steward.app..")
                .and()
                .resideOutsideOfPackage("com.steward.app.lake..")
                .should()
                .dependOnClassesThat(resideInAnyPackage("org.duckdb..", "com.steward.analytics.lake..")
                        .or(simpleNameStartingWith("DuckDb"))
                        .as("DuckDB, com.steward.analytics.lake or a DuckDb* engine"))
                .check(steward);
    }

    /** Controllers go through their service: never the gateway, nor a service's accessor handing it out. */
    @Test
    void controllersNeverReachTheLakeGateway() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.steward.app.lake..")
                .orShould()
                .callMethodWhere(target(name("lake")))
                .check(steward);
    }

    /** No service hands the gateway out (as a {@code lake()} accessor would): callers get results, not the door. */
    @Test
    void noServiceHandsOutTheLakeGateway() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("com.steward.app..")
                .and()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage("com.steward.app.lake..")
                .should()
                .notHaveRawReturnType(resideInAPackage("com.steward.app.lake..").and(simpleName("InteractionLake")))
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
