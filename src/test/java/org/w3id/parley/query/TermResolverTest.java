package org.w3id.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.parley.store.Stores;
import org.w3id.parley.testing.Article;
import org.w3id.parley.vocab.ParleyId;
import org.w3id.parley.vocab.Prefixes;

/** Every form a parameter value may take, resolved against the article; and every way it can fail to name one thing. */
class TermResolverTest {
    private static final String ID = "https://w3id.org/parley/id/";
    private static final Node WASHINGTON = NodeFactory.createURI(ID + "actor/washington");
    private static final Node RUSSIA = NodeFactory.createURI(ID + "actor/russia");
    private static final PrefixMapping NONE = PrefixMapping.Factory.create();

    private static final TermResolver article = resolver(Article.store());

    private static TermResolver resolver(DatasetGraph store) {
        return new TermResolver(QueryRunner.local(store)::select, Prefixes.COMMON, ParleyId.BASE);
    }

    private static Node resolve(String value) {
        return article.resolve("actor", value, NONE);
    }

    private static UnresolvedParameter refused(TermResolver resolver, String value) {
        return assertThrows(UnresolvedParameter.class, () -> resolver.resolve("actor", value, NONE));
    }

    @Test
    void aFullIriWithOrWithoutAngleBrackets() {
        assertEquals(RUSSIA, resolve("<https://w3id.org/parley/id/actor/russia>"));
        assertEquals(RUSSIA, resolve("https://w3id.org/parley/id/actor/russia"));
        assertEquals(RUSSIA, resolve("  https://w3id.org/parley/id/actor/russia\t"), "blanks around are no part of it");
    }

    @Test
    void aPrefixedNameWithTheDataPrefixes() {
        assertEquals(RUSSIA, resolve("id:actor/russia"));
        assertEquals(NodeFactory.createURI("https://w3id.org/parley/ontology#accepts"), resolve("parley:accepts"));
        assertEquals(NodeFactory.createURI("https://w3id.org/parley/ontology#reported"), resolve("parley:reported"));
    }

    @Test
    void thePrefixesOfTheQueryComeFirst() {
        PrefixMapping query = PrefixMapping.Factory.create().setNsPrefix("a", ID + "actor/");
        assertEquals(RUSSIA, article.resolve("actor", "a:russia", query));
    }

    @Test
    void aPathUnderTheBase() {
        assertEquals(RUSSIA, resolve("/id/actor/russia"));
        assertEquals(
                NodeFactory.createURI(ID + "concession/withdrawal-from-donetsk"),
                resolve("/id/concession/withdrawal-from-donetsk"));
    }

    @Test
    void aPathUnderAServersOwnBase() {
        TermResolver underPlaces =
                new TermResolver(QueryRunner.local(fixtureStore())::select, Prefixes.COMMON, ID + "place/");
        assertEquals(NodeFactory.createURI(ID + "place/kramatorsk"), underPlaces.resolve("place", "/kramatorsk", NONE));
    }

    @Test
    void aLabelInAnyCase() {
        assertEquals(WASHINGTON, resolve("Washington"));
        assertEquals(WASHINGTON, resolve("washington"));
        assertEquals(WASHINGTON, resolve("WASHINGTON"));
        assertEquals(NodeFactory.createURI(ID + "actor/trump-administration"), resolve("Trump administration"));
        assertEquals(NodeFactory.createURI(ID + "place/washington"), resolve("Washington (city)"));
    }

    @Test
    void aSkosPrefLabelToo() {
        TermResolver fixture = resolver(fixtureStore());
        assertEquals(NodeFactory.createURI(ID + "place/kramatorsk"), fixture.resolve("place", "kramatorsk", NONE));
    }

    @Test
    void aLabelOfSeveralResourcesIsAnErrorListingThem() {
        UnresolvedParameter error = assertThrows(
                UnresolvedParameter.class, () -> resolver(fixtureStore()).resolve("place", "DONETSK", NONE));
        assertEquals("place", error.parameter());
        assertTrue(
                error.getMessage().startsWith("Parameter place: 'DONETSK' is the label of 2 resources: "),
                error::getMessage);
        assertTrue(error.getMessage().contains("<" + ID + "place/donetsk> \"Donetsk\""), error::getMessage);
        assertTrue(error.getMessage().contains("<" + ID + "place/donetsk-city> \"donetsk\""), error::getMessage);
    }

    @Test
    void aWordThatNamesNothingIsAnErrorNamingTheParameter() {
        UnresolvedParameter error = refused(article, "Atlantis");
        assertEquals("actor", error.parameter());
        assertTrue(
                error.getMessage().startsWith("Parameter actor: 'Atlantis' names nothing in the data."),
                error::getMessage);
        assertTrue(error.getMessage().contains("id:actor/russia"), "says what would do: " + error.getMessage());
    }

    @Test
    void anIriThatIsNowhereInTheDataIsAnError() {
        for (String value :
                List.of("<https://w3id.org/parley/id/actor/atlantis>", "id:actor/atlantis", "/id/actor/atlantis"))
            assertEquals(
                    "Parameter actor: no resource <https://w3id.org/parley/id/actor/atlantis> in the data.",
                    refused(article, value).getMessage(),
                    value);
    }

    @Test
    void anUnknownPrefixIsNoResourceEither() {
        assertTrue(refused(article, "nope:actor/russia").getMessage().contains("no resource <nope:actor/russia>"));
    }

    @Test
    void aMalformedIriIsAnError() {
        assertEquals(
                "Parameter actor: '<https://w3id.org/parley/id/actor/russia> }' names nothing in the data.",
                refused(article, "<https://w3id.org/parley/id/actor/russia> }")
                        .getMessage()
                        .replaceFirst(" Give.*", ""));
        assertEquals(
                "Parameter actor: '<https://x/a b>' is not a well-formed IRI.",
                refused(article, "<https://x/a b>").getMessage());
    }

    /** The fixture alone: two resources labelled "Donetsk", one labelled with skos:prefLabel only. */
    private static DatasetGraph fixtureStore() {
        DatasetGraph store = Stores.inMemory();
        Txn.executeWrite(
                store,
                () -> RDFDataMgr.read(store, fixture("ambiguous-labels.trig").toString()));
        return store;
    }
}
