package uk.ofstedextract;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of the shipped classes (compiled, so fully qualified names and cycles count),
 * nothing upwards: report records and text at the bottom, pdf beside text; layout; findings,
 * grades, metadata; nlp; the extractor (the root package); output, validate, evaluate; batch (running
 * many inputs); console (the terminal and the progress bar); cli. Developer tools with a {@code main}
 * live in the test sources, not here.
 */
class ArchitectureTest {
    private static final String BASE = "uk.ofstedextract";
    private static final JavaClasses SHIPPED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(BASE);

    @Test
    void theImportSeesTheShippedClassesOnly() {
        org.junit.jupiter.api.Assertions.assertTrue(SHIPPED.contain(Extractor.class), "classes imported");
        org.junit.jupiter.api.Assertions.assertTrue(SHIPPED.contain(BASE + ".cli.Main"));
        org.junit.jupiter.api.Assertions.assertFalse(SHIPPED.contain(BASE + ".nlp.TaggerBenchmark"),
                "developer tools are test classes");
        org.junit.jupiter.api.Assertions.assertTrue(SHIPPED.size() > 100, "classes: " + SHIPPED.size());
    }

    @Test
    void layersOnlyLookDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("report").definedBy(BASE + ".report..")
                .layer("text").definedBy(BASE + ".text..")
                .layer("pdf").definedBy(BASE + ".pdf..")
                .layer("layout").definedBy(BASE + ".layout..")
                .layer("findings").definedBy(BASE + ".findings..")
                .layer("grades").definedBy(BASE + ".grades..")
                .layer("metadata").definedBy(BASE + ".metadata..")
                .layer("nlp").definedBy(BASE + ".nlp..")
                .layer("extractor").definedBy(BASE)
                .layer("output").definedBy(BASE + ".output..")
                .layer("validate").definedBy(BASE + ".validate..")
                .layer("evaluate").definedBy(BASE + ".evaluate..")
                .layer("batch").definedBy(BASE + ".batch..")
                .layer("console").definedBy(BASE + ".console..")
                .layer("cli").definedBy(BASE + ".cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("console").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("batch").mayOnlyBeAccessedByLayers("console", "cli")
                .whereLayer("output").mayOnlyBeAccessedByLayers("validate", "evaluate", "batch", "cli")
                .whereLayer("validate").mayOnlyBeAccessedByLayers("output", "evaluate", "batch", "cli")
                .whereLayer("evaluate").mayOnlyBeAccessedByLayers("output", "validate", "batch", "cli")
                .whereLayer("extractor").mayOnlyBeAccessedByLayers("output", "validate", "evaluate", "batch", "cli")
                .whereLayer("nlp").mayOnlyBeAccessedByLayers("extractor", "output", "validate", "evaluate", "batch",
                        "cli")
                .whereLayer("findings").mayOnlyBeAccessedByLayers("nlp", "extractor", "output", "validate", "evaluate",
                        "batch", "cli")
                .whereLayer("grades").mayOnlyBeAccessedByLayers("nlp", "extractor", "output", "validate", "evaluate",
                        "batch", "cli")
                .whereLayer("metadata").mayOnlyBeAccessedByLayers("nlp", "extractor", "output", "validate",
                        "evaluate", "batch", "cli")
                .whereLayer("layout").mayOnlyBeAccessedByLayers("findings", "grades", "metadata", "nlp", "extractor",
                        "output", "validate", "evaluate", "batch", "cli")
                .whereLayer("pdf").mayOnlyBeAccessedByLayers("layout", "findings", "grades", "metadata", "nlp",
                        "extractor", "output", "validate", "evaluate", "batch", "cli")
                .check(SHIPPED);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(SHIPPED);
    }

    @Test
    void stagesOfOneLayerDoNotUseEachOther() {
        noClasses().that().resideInAnyPackage(BASE + ".findings..", BASE + ".metadata..").should()
                .dependOnClassesThat().resideInAPackage(BASE + ".grades..").check(SHIPPED);
        noClasses().that().resideInAnyPackage(BASE + ".text..").should()
                .dependOnClassesThat().resideInAnyPackage(BASE + ".pdf..", BASE + ".report..").check(SHIPPED);
    }

    @Test
    void batchRunsInputsAndTheCliOnlyWiresThem() {
        // the run over many inputs (threads, budget, order) is batch's; the command line only starts it
        noClasses().that().resideInAPackage(BASE + ".cli..").should().dependOnClassesThat()
                .haveFullyQualifiedName(BASE + ".batch.OrderedParallel").check(SHIPPED);
        // batch knows no terminal: what it shows goes through the writer and the progress it is given
        noClasses().that().resideInAPackage(BASE + ".batch..").should().accessField(System.class, "err")
                .orShould().accessField(System.class, "out").orShould().callMethod(System.class, "console")
                .check(SHIPPED);
        org.junit.jupiter.api.Assertions.assertTrue(SHIPPED.contain(BASE + ".batch.BatchRun"));
        org.junit.jupiter.api.Assertions.assertTrue(SHIPPED.contain(BASE + ".console.ProgressBar"));
    }

    @Test
    void coreNeverUsesTheCliOrExits() {
        noClasses().that().resideOutsideOfPackage(BASE + ".cli..").should().dependOnClassesThat()
                .resideInAnyPackage(BASE + ".cli..", "picocli..").check(SHIPPED);
        noClasses().that().doNotHaveFullyQualifiedName(BASE + ".cli.Main").should()
                .callMethod(System.class, "exit", int.class).check(SHIPPED);
    }

    @Test
    void noDeveloperToolMainInTheShippedLibrary() {
        noClasses().that().doNotHaveFullyQualifiedName(BASE + ".cli.Main").should(
                new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                        "declare a main method") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass c,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        c.getMethods().stream().filter(m -> m.getName().equals("main") && m.getModifiers()
                                .contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)).forEach(m ->
                                events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(c,
                                        c.getName() + " declares main()")));
                    }
                }).check(SHIPPED);
    }
}
