package tw.museum.site.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module dependency rule, checked on the compiled classes of all five modules (this module's test
 * classpath holds them all): catalog-core depends on no other module; search and iiif-server only on
 * catalog-core; import-tools never on public-site.
 */
class ModuleDependencyTest {

    static final String CATALOG = "tw.museum.catalog..";
    static final String SEARCH = "tw.museum.search..";
    static final String IIIF = "tw.museum.iiif..";
    static final String SITE = "tw.museum.site..";
    static final String IMPORTER = "tw.museum.importer..";

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("tw.museum");
    }

    @Test
    void catalogCoreDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage(CATALOG)
                .should().dependOnClassesThat().resideInAnyPackage(SEARCH, IIIF, SITE, IMPORTER, "tw.museum")
                .check(classes);
    }

    @Test
    void searchDependsOnlyOnCatalogCore() {
        noClasses().that().resideInAPackage(SEARCH)
                .should().dependOnClassesThat().resideInAnyPackage(IIIF, SITE, IMPORTER)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void iiifServerDependsOnlyOnCatalogCore() {
        noClasses().that().resideInAPackage(IIIF)
                .should().dependOnClassesThat().resideInAnyPackage(SEARCH, SITE, IMPORTER)
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * The web application's feature packages may use one another, but never in a circle (a new feature
     * reaches the API's error handling through {@code @JsonApi}, not by being listed there). The other
     * modules still have circles between closely knit packages (artifact and media, search's api and query).
     */
    @Test
    void webFeaturePackagesHaveNoCycles() {
        slices().matching("tw.museum.site.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Every JSON controller of the site answers its errors as problem+json, whatever package it is in. */
    @Test
    void restControllersOfTheSiteAreMarkedForProblemJson() {
        classes().that().resideInAPackage(SITE)
                .and().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().beAnnotatedWith(tw.museum.site.api.JsonApi.class)
                .check(classes);
    }

    @Test
    void importToolsNeverDependOnThePublicSite() {
        // the importer reads the site's LIDO as XML and talks to its API over HTTP, never through its classes
        noClasses().that().resideInAPackage(IMPORTER)
                .should().dependOnClassesThat().resideInAnyPackage(SITE)
                .check(classes);
    }

    @Test
    void xmlParsersComeOnlyFromSafeXml() {
        // a parser factory made anywhere else would come with DTDs and external entities on (XXE)
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().doNotHaveFullyQualifiedName(tw.museum.catalog.common.SafeXml.class.getName())
                .should().callMethod(javax.xml.stream.XMLInputFactory.class, "newFactory")
                .orShould().callMethod(javax.xml.stream.XMLInputFactory.class, "newInstance")
                .orShould().callMethod(javax.xml.parsers.DocumentBuilderFactory.class, "newInstance")
                .orShould().callMethod(javax.xml.parsers.SAXParserFactory.class, "newInstance")
                .orShould().callMethod(javax.xml.transform.TransformerFactory.class, "newInstance")
                .orShould().callMethod(javax.xml.validation.SchemaFactory.class, "newInstance", String.class)
                .check(classes);
    }

    @Test
    void theCatalogueIsReallyThere() {
        // Guards the rules above against passing on an empty import.
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("tw.museum.catalog.artifact")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("tw.museum.importer.run")).isTrue();
    }
}
