package org.w3id.parley.testing;

import java.util.List;

/**
 * One page of each type the server has, with the heading the article's data gives it: the list the browser tests walk.
 * A new page type is appended here.
 */
public final class SitePages {
    /** A page: a short name (for screenshots and messages), its path on the server, its {@code h1}. */
    public record Page(String name, String path, String heading) {}

    public static final List<Page> EVERY_TYPE = List.of(
            new Page("home", "/", "Parley"),
            new Page("dataset", "/id/dataset", "The Parley dataset"),
            new Page("ontology", "/ontology", "Parley ontology"),
            new Page("actor", "/id/actor/russia", "Russia"),
            new Page(
                    "demand",
                    "/id/demand/ukrainian-withdrawal-from-donetsk",
                    "demand for Ukraine's withdrawal from Donetsk"),
            new Page("concession", "/id/concession/territory", "concession of territory"),
            new Page("guarantee", "/id/guarantee/security-guarantees", "security guarantees for Ukraine"),
            new Page(
                    "claim",
                    "/id/claim/russian-officials-withdrawal-precondition-for-negotiations",
                    "Senior Russian officials: Ukraine's withdrawal from Donetsk is a precondition for starting"
                            + " negotiations"),
            new Page("source", "/id/article/conceding-donetsk", "Conceding Donetsk won't end the war in Ukraine"),
            new Page("annotation", "/id/annotation/dateline", "dateline"),
            new Page("person", "/id/actor/jennifer-kavanagh", "Jennifer Kavanagh"),
            new Page("publisher", "/id/organization/unherd", "UnHerd"),
            new Page("topic", "/id/topic/root-causes-of-the-war", "root causes of the war"),
            new Page(
                    "source-text",
                    "/id/text/conceding-donetsk",
                    "Plain text of the article, as published (data/sources/article.txt)"),
            new Page("queries", "/queries/", "Queries"),
            new Page("query", "/queries/deadlocks", "Deadlocks: refused sequences and precondition cycles"),
            new Page("query-refused", "/queries/demands-by-actor?actor=Atlantis", "Demands by actor"),
            new Page("sparql", "/parley/sparql", "SPARQL endpoint"),
            new Page(
                    "sparql-results",
                    "/parley/sparql?query=SELECT%20%3Fs%20%3Fo%20WHERE%20%7B%20%3Fs%20%3Chttps%3A%2F%2Fw3id.org%2Fparley"
                            + "%2Fontology%23isPreconditionFor%3E%20%3Fo%20%7D",
                    "Query results"),
            new Page("search", "/search?q=Donetsk", "Search"),
            new Page("not-found", "/id/actor/atlantis", "Not found"),
            new Page("unknown-path", "/no/such/page", "Not found"));

    private SitePages() {}
}
