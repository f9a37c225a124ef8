package tw.museum.search.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.museum.search.api.Audience;
import tw.museum.search.api.Facet;
import tw.museum.search.api.FacetCount;
import tw.museum.search.api.InvalidSearchRequestException;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.SearchHit;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchLimits;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SearchResult;
import tw.museum.search.api.SortOrder;
import tw.museum.search.api.Suggestion;
import tw.museum.search.query.SearchRequestParser;

/**
 * The behaviour every backend must have. Subclasses only say how to make an empty index; each runs this
 * whole suite against a real engine (a Lucene index on disk, a real OpenSearch/Elasticsearch server).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SearchIndexContractTest {
    private final List<SearchIndex> opened = new ArrayList<>();
    private SearchIndex index;

    /** A new, empty index, independent of any other this method returned. */
    protected abstract SearchIndex createIndex(String name);

    protected SearchIndex newIndex(String name) {
        SearchIndex created = createIndex(name);
        opened.add(created);
        return created;
    }

    @BeforeAll
    void loadDocuments() {
        index = newIndex("contract");
        assertThat(index.rebuild(TestDocuments.all().iterator())).isEqualTo(TestDocuments.all().size());
        index.refresh();
    }

    @AfterAll
    void closeIndexes() {
        opened.forEach(SearchIndex::close);
    }

    private SearchResult search(String q) {
        return index.search(SearchRequest.builder().query(q).build());
    }

    private List<String> ids(String q) {
        return search(q).objectNumbers();
    }

    // --- Chinese first -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"臺灣國家公園", "台灣國家公園", "台湾国家公园", "國家公園", "国家公园"})
    void variantAndSimplifiedSpellingsFindTheSameObject(String query) {
        assertThat(ids(query)).first().isEqualTo("T2016.214");
    }

    @Test
    void taiAndTaiVariantsMatchBothWays() {
        // The model's title is written with 台; a search with 臺 finds it, and the other way round.
        assertThat(ids("臺北")).contains("T2015.518");
        assertThat(ids("台灣")).contains("T2016.214", "T2015.518");
    }

    @Test
    void twoCharacterWordsMatchInsideLongerTitles() {
        assertThat(ids("香港")).contains("T2012.1801");
        assertThat(ids("住宅")).containsExactly("T2015.518");
        assertThat(ids("大學")).first().isEqualTo("T2012.1801");
    }

    @Test
    void fullWidthCaseAndAccentsAreFolded() {
        assertThat(ids("ＳＴＥＤＥＬＩＪＫ")).containsExactly("T2016.213");
        assertThat(ids("cafe")).containsExactly("T2016.213");
        assertThat(ids("Stédelijk")).containsExactly("T2016.213");
    }

    @Test
    void englishIsStemmed() {
        assertThat(ids("national park")).first().isEqualTo("T2016.214");
        assertThat(ids("poster")).contains("T2016.213", "T2016.214");
        assertThat(ids("models")).contains("T2012.1801", "T2015.518");
    }

    @Test
    void phrasesMatchWordsInOrder() {
        assertThat(ids("\"Sheung Wan\"")).containsExactly("T2012.1799");
        assertThat(ids("\"Wan Sheung\"")).isEmpty();
    }

    // --- Object numbers ------------------------------------------------------------------------------

    @Test
    void objectNumbersMatchExactlyAndByPrefix() {
        assertThat(ids("T2012.1799")).first().isEqualTo("T2012.1799");
        assertThat(ids("t2012.1799")).first().isEqualTo("T2012.1799");
        assertThat(ids("Ｔ２０１２．１７９９")).first().isEqualTo("T2012.1799");
        assertThat(ids("T2012.18")).containsExactlyInAnyOrder("T2012.1800", "T2012.1801");
        assertThat(ids("T2016")).containsExactlyInAnyOrder("T2016.213", "T2016.214");
    }

    // --- Relevance -----------------------------------------------------------------------------------

    @Test
    void titleBeatsMakerBeatsMaterialBeatsDescription() {
        assertThat(ids("bamboo")).containsExactly("R-1", "R-2", "R-3", "R-4");
        // In Chinese the maker name 竹工坊 is one dictionary word, so only the title and material match 竹 as a word.
        assertThat(ids("竹")).startsWith("R-1", "R-3");
    }

    @Test
    void relevanceHitsCarryTheirScoresBestFirstOtherOrdersNone() {
        List<Float> scores = index.search(SearchRequest.builder().query("bamboo").build()).hits().stream()
                .map(SearchHit::score).toList();
        assertThat(scores).hasSize(4).allSatisfy(score -> assertThat(score).isPositive());
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(scores.get(0)).isGreaterThan(scores.get(3));
        assertThat(index.search(SearchRequest.builder().query("bamboo").sort(SortOrder.OBJECT_NUMBER).build()).hits())
                .extracting(SearchHit::score).containsOnly(0f);
    }

    @Test
    void exactTitleComesFirst() {
        assertThat(ids("Lantern")).first().isEqualTo("P-9");
        assertThat(ids("上環高陞街")).first().isEqualTo("T2012.1799");
    }

    @Test
    void makersAreSearchableInBothLanguages() {
        assertThat(ids("王大閎")).containsExactlyInAnyOrder("T2012.1801", "T2015.518");
        assertThat(ids("Wang Dahong")).containsExactlyInAnyOrder("T2012.1801", "T2015.518");
        assertThat(ids("Fan Ho")).containsExactlyInAnyOrder("T2012.1799", "T2012.1800", "P-9");
    }

    // --- Facets, filters, dates, sorting, paging -----------------------------------------------------

    @Test
    void facetsCountTheMatchingPublicObjects() {
        SearchResult result = index.search(SearchRequest.builder()
                .facets(Facet.CLASSIFICATION, Facet.MAKER, Facet.MATERIAL, Facet.DECADE, Facet.CENTURY, Facet.PLACE, Facet.HAS_IMAGE).build());
        assertThat(result.total()).isEqualTo(11);
        assertThat(result.facets().get(Facet.CLASSIFICATION)).containsExactly(new FacetCount("furniture", 4),
                new FacetCount("photography", 3), new FacetCount("architectural-model", 2), new FacetCount("poster", 2));
        assertThat(result.facets().get(Facet.MAKER)).startsWith(new FacetCount("378", 3));
        assertThat(result.facets().get(Facet.CENTURY)).containsExactly(new FacetCount("1900", 7), new FacetCount("2000", 4));
        assertThat(result.facets().get(Facet.DECADE)).contains(new FacetCount("1950", 2), new FacetCount("2000", 4));
        assertThat(result.facets().get(Facet.HAS_IMAGE)).containsExactly(new FacetCount("false", 6), new FacetCount("true", 5));
        assertThat(result.facets().get(Facet.PLACE)).containsExactly(new FacetCount("hong-kong", 3), new FacetCount("taiwan", 2));
        assertThat(result.facets().get(Facet.MATERIAL)).contains(new FacetCount("gelatin-silver-print", 3));
    }

    @Test
    void facetSizeKeepsTheMostFrequentValues() {
        SearchResult all = index.search(SearchRequest.builder().facets(Facet.CLASSIFICATION, Facet.DECADE).facetSize(100).build());
        SearchResult two = index.search(SearchRequest.builder().facets(Facet.CLASSIFICATION, Facet.DECADE)
                .facetSize(2).build());
        assertThat(all.facets().get(Facet.CLASSIFICATION)).hasSize(4);
        assertThat(two.facets().get(Facet.CLASSIFICATION)).containsExactly(new FacetCount("furniture", 4), new FacetCount("photography", 3));
        assertThat(all.facets().get(Facet.DECADE)).hasSizeGreaterThan(2);
        assertThat(two.facets().get(Facet.DECADE)).containsExactlyElementsOf(all.facets().get(Facet.DECADE).subList(0, 2));
        assertThatThrownBy(() -> index.search(SearchRequest.builder().facets(Facet.DECADE).facetSize(0).build()))
                .isInstanceOfSatisfying(InvalidSearchRequestException.class, e -> assertThat(e.code()).isEqualTo("facet-size-range"));
        assertThatThrownBy(() -> index.search(SearchRequest.builder().facets(Facet.DECADE).facetSize(101).build()))
                .isInstanceOf(InvalidSearchRequestException.class).hasMessageStartingWith("facetSize:");
    }

    @Test
    void filtersNarrowAndFacetsFollow() {
        SearchResult result = index.search(SearchRequest.builder().filter(Facet.CLASSIFICATION, "architectural-model", "poster")
                .filter(Facet.HAS_IMAGE, "true").facets(Facet.CLASSIFICATION).build());
        assertThat(result.objectNumbers()).containsExactlyInAnyOrder("T2015.518", "T2016.214");
        assertThat(result.facets().get(Facet.CLASSIFICATION)).containsExactly(new FacetCount("architectural-model", 1), new FacetCount("poster", 1));
    }

    @Test
    void yearRangeKeepsOverlappingObjects() {
        SearchResult result = index.search(SearchRequest.builder().years(1965, 1994).sort(SortOrder.YEAR_ASC).build());
        assertThat(result.objectNumbers()).containsExactly("T2012.1800", "P-9", "T2016.213", "T2016.214", "T2012.1801");
    }

    @Test
    void sortsAreStableAndComplete() {
        assertThat(index.search(SearchRequest.builder().sort(SortOrder.YEAR_DESC).pageSize(3).build()).objectNumbers())
                .containsExactly("R-4", "R-3", "R-2");
        assertThat(index.search(SearchRequest.builder().sort(SortOrder.OBJECT_NUMBER).pageSize(3).build()).objectNumbers())
                .containsExactly("P-9", "R-1", "R-2");
        assertThat(index.search(SearchRequest.builder().sort(SortOrder.UPDATED_DESC).pageSize(1).build()).objectNumbers())
                .containsExactly("P-9");
    }

    @Test
    void pagesDoNotOverlapAndCoverEverything() {
        List<String> all = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchResult result = index.search(SearchRequest.builder().sort(SortOrder.OBJECT_NUMBER).page(page).pageSize(4).build());
            assertThat(result.total()).isEqualTo(11);
            all.addAll(result.objectNumbers());
        }
        assertThat(all).hasSize(11).doesNotHaveDuplicates();
        assertThat(index.search(SearchRequest.builder().page(5).pageSize(4).build()).hits()).isEmpty();
    }

    @Test
    void matchesAreHighlighted() {
        SearchHit hit = search("Sheung Wan").hits().get(0);
        assertThat(hit.highlights().get("title_en")).singleElement().asString().contains("<em>Sheung");
        SearchHit zh = search("高陞街").hits().get(0);
        assertThat(zh.highlights().get("title_zh")).singleElement().asString().contains("<em>");
        SearchHit description = search("umbrella").hits().get(0);
        assertThat(description.highlights().get("description_en")).singleElement().asString().contains("<em>umbrella</em>");
    }

    @Test
    void eachHitIsHighlightedInTheFieldsItMatchesIn() {
        Map<String, Map<String, List<String>>> byNumber = new java.util.HashMap<>();
        search("bamboo").hits().forEach(hit -> byNumber.put(hit.objectNumber(), hit.highlights()));
        assertThat(byNumber.get("R-1")).containsOnlyKeys("title_zh", "title_en");
        assertThat(byNumber.get("R-1").get("title_en")).singleElement().asString().isEqualTo("<em>Bamboo</em>");
        assertThat(byNumber.get("R-2")).isEmpty(); // its maker matches, and makers are not highlighted
        assertThat(byNumber.get("R-3")).isEmpty();
        assertThat(byNumber.get("R-4")).containsOnlyKeys("description_en");
        assertThat(byNumber.get("R-4").get("description_en")).singleElement().asString().contains("<em>bamboo</em> inlay");
    }

    // --- Suggestions and related objects -------------------------------------------------------------

    @Test
    void suggestsTitlesAndMakersAsYouType() {
        assertThat(index.suggest("Ko Sh", Audience.PUBLIC)).extracting(Suggestion::text).contains("Ko Shing Street, Sheung Wan");
        assertThat(index.suggest("sheung", Audience.PUBLIC)).extracting(Suggestion::text).contains("Ko Shing Street, Sheung Wan");
        assertThat(index.suggest("上環", Audience.PUBLIC)).extracting(Suggestion::text).containsExactly("上環高陞街");
        assertThat(index.suggest("王大", Audience.PUBLIC)).first().isEqualTo(new Suggestion("王大閎", Suggestion.Kind.MAKER, "T2012.1801"));
        assertThat(index.suggest("台灣國", Audience.PUBLIC)).extracting(Suggestion::text).containsExactly("臺灣國家公園");
        assertThat(index.suggest("secret", Audience.PUBLIC)).isEmpty();
        assertThat(index.suggest("secret", Audience.STAFF)).extracting(Suggestion::text).containsExactly("Secret Draft Lantern");
    }

    @Test
    void searchesThatFindNothingSuggestWhatTheyStartLike() {
        SearchResult nothing = search("Ko Shingstret");
        assertThat(nothing.total()).isZero();
        assertThat(nothing.suggestions()).extracting(Suggestion::text).contains("Ko Shing Street, Sheung Wan");
        assertThat(search("Sheung").suggestions()).isEmpty();
    }

    @Test
    void relatedObjectsShareMakerOrSubject() {
        List<SearchHit> related = index.moreLikeThis("T2012.1799", Audience.PUBLIC, 3);
        assertThat(related).extracting(SearchHit::objectNumber).doesNotContain("T2012.1799", "D-1", "W-1");
        assertThat(related).first().extracting(SearchHit::objectNumber).isIn("T2012.1800", "P-9");
        assertThat(index.moreLikeThis("D-1", Audience.PUBLIC, 3)).isEmpty();
        assertThat(index.moreLikeThis("no-such-object", Audience.STAFF, 3)).isEmpty();
    }

    // --- Audience ------------------------------------------------------------------------------------

    @Test
    void thePublicSeesOnlyPublishedRecordsAndPublicFields() {
        assertThat(ids("lantern")).containsExactly("P-9");
        assertThat(ids("Storeroom")).isEmpty();
        assertThat(search("lantern").hits().get(0).storageLocation()).isNull();
        assertThat(index.count(Audience.PUBLIC)).isEqualTo(11);
    }

    @Test
    void staffSearchDraftsAndRestrictedFields() {
        SearchResult lanterns = index.search(SearchRequest.builder().query("lantern").audience(Audience.STAFF).build());
        assertThat(lanterns.objectNumbers()).startsWith("P-9").containsExactlyInAnyOrder("P-9", "D-1", "W-1");
        SearchResult storeroom = index.search(SearchRequest.builder().query("Storeroom B12").audience(Audience.STAFF).build());
        assertThat(storeroom.objectNumbers()).containsExactly("D-1");
        assertThat(storeroom.hits().get(0).storageLocation()).isEqualTo("Storeroom B12");
        assertThat(storeroom.hits().get(0).status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(index.count(Audience.STAFF)).isEqualTo(13);
    }

    // --- Writes and rebuild --------------------------------------------------------------------------

    @Test
    void updatesReplaceAndDeletesRemove() {
        SearchIndex own = newIndex("writes");
        SearchDocument first = TestDocuments.all().get(0);
        own.index(first);
        own.refresh();
        assertThat(own.search(SearchRequest.builder().query("umbrella").build()).total()).isEqualTo(1);
        own.index(TestDocuments.doc(first.objectNumber(), "新標題", "Renamed", TestDocuments.PHOTO, List.of(), List.of(), List.of(),
                null, null, "1956", 1956, 1956, true, PublicationStatus.PUBLISHED));
        own.refresh();
        assertThat(own.search(SearchRequest.builder().query("umbrella").build()).total()).isZero();
        assertThat(own.search(SearchRequest.builder().query("renamed").build()).objectNumbers()).containsExactly(first.objectNumber());
        own.delete(first.objectNumber());
        own.refresh();
        assertThat(own.count(Audience.STAFF)).isZero();
        assertThat(own.health().available()).isTrue();
    }

    @Test
    void rebuildSwitchesOnlyWhenCompleteAndKeepsWritesMadeMeanwhile() {
        SearchIndex own = newIndex("rebuild");
        own.rebuild(List.of(TestDocuments.all().get(0), TestDocuments.all().get(1)).iterator());
        own.refresh();
        AtomicReference<List<String>> seenDuringRebuild = new AtomicReference<>();
        List<SearchDocument> replacement = List.of(TestDocuments.all().get(2), TestDocuments.all().get(3), TestDocuments.all().get(4));
        Iterator<SearchDocument> source = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < replacement.size();
            }

            @Override
            public SearchDocument next() {
                if (next == 1) {
                    // Halfway through: the old index still answers, and a write arrives.
                    seenDuringRebuild.set(own.search(SearchRequest.builder().sort(SortOrder.OBJECT_NUMBER).build()).objectNumbers());
                    own.index(TestDocuments.all().get(5));
                }
                return replacement.get(next++);
            }
        };
        assertThat(own.rebuild(source)).isEqualTo(3);
        own.refresh();
        assertThat(seenDuringRebuild.get()).containsExactly("T2012.1799", "T2012.1800");
        assertThat(own.search(SearchRequest.builder().sort(SortOrder.OBJECT_NUMBER).build()).objectNumbers())
                .containsExactly("T2012.1801", "T2015.518", "T2016.213", "T2016.214");
    }

    @Test
    void searchesKeepAnsweringWhileARebuildSwitches() throws Exception {
        SearchIndex own = newIndex("concurrent");
        own.rebuild(TestDocuments.all().iterator());
        own.refresh();
        List<SearchDocument> bigger = new ArrayList<>();
        for (int copy = 0; copy < 40; copy++) {
            for (SearchDocument d : TestDocuments.all()) {
                bigger.add(TestDocuments.doc(d.objectNumber() + "-" + copy, d.titleZh(), d.titleEn(), d.classification(), d.makers(),
                        d.materials(), d.places(), d.descriptionZh(), d.descriptionEn(), d.dateDisplay(), d.earliestYear(),
                        d.latestYear(), d.hasImage(), PublicationStatus.PUBLISHED));
            }
        }
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ExecutorService searcher = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<Integer> searches = searcher.submit(() -> {
                int answered = 0;
                while (!done.get()) {
                    SearchResult result = own.search(SearchRequest.builder().query("香港").facets(Facet.CLASSIFICATION).build());
                    assertThat(result.total()).isPositive();
                    answered++;
                }
                return answered;
            });
            assertThat(own.rebuild(bigger.iterator())).isEqualTo(bigger.size());
            done.set(true);
            assertThat(searches.get()).isPositive();
        } finally {
            done.set(true);
            searcher.shutdownNow();
        }
        own.refresh();
        assertThat(own.count(Audience.STAFF)).isEqualTo(bigger.size());
    }

    // --- Forgiving search, entry types, documents ----------------------------------------------------

    @Test
    void aTypoIsRetriedByEditDistanceAfterExactMatchesAndCorrected() {
        SearchResult typo = search("Sheung Wna");
        assertThat(typo.approximate()).isTrue();
        assertThat(typo.objectNumbers()).first().isEqualTo("T2012.1799");
        assertThat(typo.didYouMean()).isEqualTo("Sheung wan");
        // A correct query is never approximate, and a known word is never "corrected".
        SearchResult exact = search("Sheung Wan");
        assertThat(exact.approximate()).isFalse();
        assertThat(exact.didYouMean()).isNull();
        // Drafts lend no words to the public's corrections.
        assertThat(search("Secert").didYouMean()).isNull();
    }

    @Test
    void oneCharacterWordsMatchInsideWords() {
        // 學 appears only inside 大學 (a dictionary word): as a one-character query it still finds it.
        assertThat(ids("學")).contains("T2012.1801");
        assertThat(ids("學 模型")).containsExactly("T2012.1801");
    }

    @Test
    void otherEntryTypesAreSearchedWhenAskedAndDocumentsAndScheduleRespectTheAudience() {
        SearchIndex own = newIndex("types");
        java.time.Instant past = java.time.Instant.parse("2020-01-01T00:00:00Z");
        java.time.Instant future = java.time.Instant.parse("2999-01-01T00:00:00Z");
        SearchDocument person = new SearchDocument("378", "何藩", "Fan Ho", null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), "攝影師", "Photographer and film director", null, 1931, 2016, false, PublicationStatus.PUBLISHED, null, null,
                past, tw.museum.search.api.EntryType.PERSON, null, List.of());
        SearchDocument scheduled = new SearchDocument("street-light", "街燈", "Street light stories", null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, "A unit about lamps", null, null, null, false, PublicationStatus.PUBLISHED, null, null,
                past, tw.museum.search.api.EntryType.LEARNING_UNIT, future, List.of());
        SearchDocument withDocuments = TestDocuments.all().get(0).withDocuments(List.of(
                new tw.museum.search.api.AttachedText(7, "catalogue.pdf", "The negative was printed by the artist in Kowloon", false),
                new tw.museum.search.api.AttachedText(8, "letter.pdf", "Private letter mentioning Wanchaiqueen", true)));
        own.rebuild(List.of(person, scheduled, withDocuments).iterator());
        own.refresh();
        // Objects only unless asked: the object pages and API clients keep their answers.
        assertThat(own.search(SearchRequest.builder().query("film director").build()).hits()).isEmpty();
        SearchResult all = own.search(SearchRequest.builder().query("film director").allTypes().facets(Facet.TYPE).build());
        assertThat(all.hits()).extracting(SearchHit::type).containsExactly(tw.museum.search.api.EntryType.PERSON);
        assertThat(all.facets().get(Facet.TYPE)).containsExactly(new FacetCount("person", 1));
        // A scheduled unit is not public before its time; staff see it.
        assertThat(own.search(SearchRequest.builder().query("Street light").allTypes().build()).hits()).isEmpty();
        assertThat(own.search(SearchRequest.builder().query("Street light").allTypes().audience(Audience.STAFF).build()).hits())
                .extracting(SearchHit::objectNumber).containsExactly("street-light");
        // Document text is found with its passage; a document the public may not read only by staff.
        SearchHit printed = own.search(SearchRequest.builder().query("Kowloon").build()).hits().get(0);
        assertThat(printed.objectNumber()).isEqualTo(withDocuments.objectNumber());
        assertThat(printed.highlights().get("document_text")).singleElement().asString().contains("<em>Kowloon</em>");
        assertThat(own.search(SearchRequest.builder().query("Wanchaiqueen").build()).hits()).isEmpty();
        assertThat(own.search(SearchRequest.builder().query("Wanchaiqueen").audience(Audience.STAFF).build()).objectNumbers())
                .containsExactly(withDocuments.objectNumber());
        own.delete(tw.museum.search.api.EntryType.PERSON.id("378"));
        own.refresh();
        assertThat(own.search(SearchRequest.builder().query("film director").allTypes().build()).hits()).isEmpty();
    }

    // --- Bad queries ---------------------------------------------------------------------------------

    @Test
    void unbalancedQuotesAreAValidationError() {
        assertThatThrownBy(() -> search("\"Sheung Wan")).isInstanceOf(InvalidSearchRequestException.class)
                .satisfies(e -> assertThat(((InvalidSearchRequestException) e).parameter()).isEqualTo("q"))
                .satisfies(e -> assertThat(((InvalidSearchRequestException) e).code()).isEqualTo("unbalanced-quote"));
    }

    @Test
    void hugeStringsAreAValidationError() {
        assertThatThrownBy(() -> search("香".repeat(10_000))).isInstanceOf(InvalidSearchRequestException.class)
                .satisfies(e -> assertThat(((InvalidSearchRequestException) e).code()).isEqualTo("too-long"))
                .satisfies(e -> assertThat(((InvalidSearchRequestException) e).arguments()).contains(10_000));
        assertThatThrownBy(() -> index.suggest("a".repeat(10_000), Audience.PUBLIC)).isInstanceOf(InvalidSearchRequestException.class)
                .satisfies(e -> assertThat(((InvalidSearchRequestException) e).parameter()).isEqualTo("prefix"));
    }

    @Test
    void hugePagesAreAValidationError() {
        assertThatThrownBy(() -> index.search(SearchRequest.builder().page(1_000_000).build()))
                .isInstanceOf(InvalidSearchRequestException.class).hasMessageStartingWith("page:");
        assertThatThrownBy(() -> index.search(SearchRequest.builder().page(Integer.MAX_VALUE).pageSize(100).build()))
                .isInstanceOf(InvalidSearchRequestException.class).hasMessageStartingWith("page:");
        assertThatThrownBy(() -> index.search(SearchRequest.builder().pageSize(1000).build()))
                .isInstanceOf(InvalidSearchRequestException.class).hasMessageStartingWith("pageSize:");
        assertThatThrownBy(() -> index.search(SearchRequest.builder().page(0).build()))
                .isInstanceOf(InvalidSearchRequestException.class).hasMessageStartingWith("page:");
    }

    @Test
    void unknownFacetNamesAreAValidationError() {
        SearchRequestParser parser = new SearchRequestParser();
        assertThatThrownBy(() -> parser.parse(Map.of("facet", List.of("colour")), Audience.PUBLIC))
                .isInstanceOfSatisfying(InvalidSearchRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown-facet");
                    assertThat(e.arguments().get(0)).isEqualTo("colour");
                });
        assertThatThrownBy(() -> parser.parse(Map.of("filter.colour", List.of("red")), Audience.PUBLIC))
                .isInstanceOf(InvalidSearchRequestException.class)
                .satisfies(e -> assertThat(((InvalidSearchRequestException) e).parameter()).isEqualTo("filter.colour"));
        assertThatThrownBy(() -> parser.parse(Map.of("page", List.of("99999999999999")), Audience.PUBLIC))
                .isInstanceOf(InvalidSearchRequestException.class);
        SearchRequest ok = parser.parse(Map.of("q", List.of("香港"), "facet", List.of("classification", "has_image"),
                "filter.decade", List.of("1950"), "sort", List.of("year_asc")), Audience.PUBLIC);
        assertThat(index.search(ok).facets()).containsKeys(Facet.CLASSIFICATION, Facet.HAS_IMAGE);
    }

    @Test
    void reversedYearRangeIsAValidationError() {
        assertThatThrownBy(() -> index.search(SearchRequest.builder().years(2000, 1900).build()))
                .isInstanceOf(InvalidSearchRequestException.class).hasMessageStartingWith("yearFrom:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "?", "AND", "OR NOT", "\\", "title:foo", "((", ")", "-", "~", "[1 TO 2]", "/regex/", "😀", "\"\"",
            "。，、", "{\"query\":1}", "<script>"})
    void oddButValidQueriesNeverFail(String query) {
        assertThatCode(() -> search(query)).doesNotThrowAnyException();
    }

    @Test
    void longQueriesWorkOrAreRejectedClearly() {
        assertThatCode(() -> search("museum ".repeat(SearchLimits.MAX_QUERY_WORDS))).doesNotThrowAnyException();
        assertThatThrownBy(() -> search("museum ".repeat(SearchLimits.MAX_QUERY_WORDS + 1)))
                .isInstanceOf(InvalidSearchRequestException.class).hasMessageStartingWith("q:");
        for (String longest : List.of("香港".repeat(250), "a".repeat(500), "香港 museum ".repeat(45))) {
            try {
                search(longest);
            } catch (InvalidSearchRequestException expected) {
                assertThat(expected.parameter()).isEqualTo("q");
            }
        }
    }
}
