package com.steward.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.steward.core");

    @Test
    void coreDependsOnNoFrameworkDatabaseOrClusterLibrary() {
        noClasses()
                .that()
                .resideInAPackage("com.steward.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "org.duckdb..", "org.apache.spark..")
                .check(CORE);
    }

    @Test
    void coreDoesNotTouchFilesOrNetwork() {
        noClasses()
                .that()
                .resideInAPackage("com.steward.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.net..")
                .check(CORE);
    }
}
