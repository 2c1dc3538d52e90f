package org.w3id.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.w3id.parley.query.ParameterOptions.Option;
import org.w3id.parley.testing.Article;
import org.w3id.parley.vocab.ParleyId;
import org.w3id.parley.vocab.Prefixes;

/** What the forms offer for each parameter, from the article; and that whatever they offer can be typed back in. */
class ParameterOptionsTest {
    private static final QueryRunner article = QueryRunner.local(Article.store());
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.COMMON);

    private static List<Option> options(String name, String description) {
        return ParameterOptions.of(name, description, PREFIXES, article::select);
    }

    @Test
    void theKindIsReadFromTheDescriptionThenTheName() {
        assertEquals(List.of("Actor"), ParameterOptions.kind("speaker", "the actor stating the claim (optional)"));
        assertEquals(List.of("Concession"), ParameterOptions.kind("item", "the accepted concession (optional)"));
        assertEquals(List.of("modality"), ParameterOptions.kind("modality", "a concept of parley:ModalityScheme"));
        assertEquals(List.of(), ParameterOptions.kind("subject", "the subject both claims are about"));
        assertEquals(List.of(), ParameterOptions.kind("colour", "anything"), "unknown: every labelled resource");
    }

    @Test
    void anActorParameterOffersTheActorsByLabel() {
        List<Option> actors = options("actor", "the demanding actor (optional)");
        assertTrue(actors.contains(new Option("Washington", "id:actor/washington")), actors::toString);
        assertTrue(actors.contains(new Option("Vladimir Putin", "id:actor/vladimir-putin")), actors::toString);
        assertFalse(actors.stream().anyMatch(o -> o.label().startsWith("id:place/")), "no places: " + actors);
    }

    @Test
    void aModalityParameterOffersTheModalities() {
        List<Option> modalities = options("modality", "a concept of parley:ModalityScheme, e.g. parley:reported");
        assertEquals(
                List.of("asserted", "hedged", "predicted", "quoted", "recommended", "reported"),
                modalities.stream().map(Option::value).sorted().toList());
    }

    @Test
    void aDescriptionListingPrefixedNamesOffersThose() {
        assertEquals(
                List.of(
                        new Option("parley:cannotAccept", "https://w3id.org/parley/ontology#cannotAccept"),
                        new Option("parley:rejects", "https://w3id.org/parley/ontology#rejects")),
                options("relation", "parley:cannotAccept or parley:rejects (optional)"));
    }

    @Test
    void theExampleOfADescription() {
        assertEquals(
                Optional.of("id:actor/russia"),
                ParameterOptions.example("the actor that wants it (e.g. id:actor/russia)"));
        assertEquals(Optional.empty(), ParameterOptions.example("the actor (optional)"));
    }

    @Test
    void everyOptionOfEveryFormNamesTheResourceItStandsFor() {
        TermResolver resolver = new TermResolver(article::select, Prefixes.COMMON, ParleyId.BASE);
        int checked = 0;
        for (var query : NamedQueries.all().values())
            for (var param : query.parameters().entrySet()) {
                List<Option> offered = options(param.getKey(), param.getValue());
                assertFalse(offered.isEmpty(), query.name() + " " + param.getKey() + " offers nothing");
                for (Option option : offered) {
                    String iri = resolver.resolve(param.getKey(), option.value(), PREFIXES)
                            .getURI();
                    assertTrue(
                            PREFIXES.shortForm(iri).equals(option.label())
                                    || PREFIXES.shortForm(iri).equals(option.value())
                                    || iri.equals(option.label()),
                            query.name() + " " + param.getKey() + ": " + option + " is " + iri);
                    checked++;
                }
            }
        assertTrue(checked > 100, "only " + checked);
    }
}
