package org.w3id.parley.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.NodeTransformLib;
import org.junit.jupiter.api.Test;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.query.UnresolvedParameter;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Http;

/**
 * Hostile parameter values: each is refused as naming nothing in the data, or else bound as one RDF term, so the
 * query keeps its shape (also after the round trip through text that a remote endpoint sees), runs, and reads nothing
 * outside the dataset.
 */
class InjectionTest {
    /** Query → the parameter fuzzed in it. */
    private static final Map<String, String> TARGETS = Map.of(
            "leverage",
            "wanter",
            "what-if",
            "concession",
            "chains",
            "item",
            "source-view",
            "actor",
            "claim-provenance",
            "modality");

    private static final Node MARK = NodeFactory.createLiteralString("\u2603");
    /** The shared article: the payloads only read, and a write through a payload would throw. */
    private static final DatasetGraph store = Article.store();

    private static final QueryRunner runner = QueryRunner.local(store);
    private static final String RUSSIA = "<https://w3id.org/parley/id/actor/russia>";

    static List<String> payloads() {
        List<String> fragments = List.of(
                "\"",
                "'",
                ">",
                "<",
                "}",
                "{",
                "\n",
                "\r\n",
                "\u0000",
                "\\u0022",
                "\\u003E",
                "\\",
                "#",
                ";",
                ".",
                "DROP ALL",
                "} ; DROP ALL #",
                "> } ; DROP ALL #",
                "\" } UNION { ?s ?p ?o } #",
                "<file:///etc/passwd>",
                "SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o }",
                "?s",
                "$x",
                "'''",
                "\"\"\"",
                "@en",
                "^^<http://www.w3.org/2001/XMLSchema#integer>",
                "_:b0",
                "[]",
                "()",
                "FILTER(true)",
                "LOAD <http://127.0.0.1:9/x>",
                "\u202Eevil",
                "\uD83D\uDCA3",
                "%00",
                "%3E%7D",
                "\t",
                "<https://w3id.org/parley/id/actor/russia> } ?s ?p ?o {",
                "parley:asserted . ?x ?y ?z",
                "1 ; 2",
                "true",
                "\"x\"@en } ; DROP ALL #");
        Set<String> payloads = new LinkedHashSet<>(fragments);
        for (String fragment : fragments) {
            payloads.add("\"" + fragment + "\"");
            payloads.add("<" + fragment + ">");
            payloads.add("<https://w3id.org/parley/id/actor/russia" + fragment + ">");
            payloads.add("x" + fragment + "y");
        }
        payloads.add("A".repeat(10_000));
        return new ArrayList<>(payloads);
    }

    /** The query's algebra with every constant replaced by one mark: what stays is its shape. */
    private static String shape(Query query) {
        Op op = NodeTransformLib.transform(node -> node.isConcrete() ? MARK : node, Algebra.compile(query));
        return op.toString();
    }

    @Test
    void everyPayloadIsBoundAsOneTermAndLeavesTheQueryShapeAlone() {
        List<String> payloads = payloads();
        assertTrue(payloads.size() >= 200, "only " + payloads.size() + " payloads");
        int tried = 0;
        for (Map.Entry<String, String> target : TARGETS.entrySet()) {
            Query original = QueryRunner.parse(NamedQueries.all().get(target.getKey()));
            // The shape of the query with a resource of the data bound; every payload bound must give exactly this
            // shape.
            String expected = shape(runner.bind(original, Map.of(target.getValue(), RUSSIA)));
            for (String payload : payloads) {
                Query bound;
                try {
                    bound = runner.bind(original, Map.of(target.getValue(), payload));
                } catch (UnresolvedParameter refused) {
                    assertTrue(
                            refused.getMessage().startsWith("Parameter " + target.getValue() + ": "),
                            refused::getMessage);
                    tried++;
                    continue;
                }
                String where = target.getKey() + " ?" + target.getValue() + " = " + printable(payload);
                assertEquals(expected, shape(bound), where);
                assertEquals(
                        expected,
                        shape(QueryFactory.create(bound.toString())),
                        "after a round trip through text: " + where);
                runner.select(bound); // runs, inside the dataset
                tried++;
            }
        }
        Reliability.record(
                "injection",
                "payloads=" + payloads.size() + " bindings_checked=" + tried + " queries=" + TARGETS.keySet());
    }

    @Test
    void overHttpEveryPayloadIsAnsweredOrRefusedNeverAServerError() {
        String base = Article.server().dataset() + "analysis/";
        int tried = 0;
        int unbound = rows(Http.get(base + "leverage", "application/json"));
        for (String payload : payloads()) {
            if (payload.length() > 2_000) continue; // beyond what a URL carries; the body limit is tested elsewhere
            HttpResponse<String> response =
                    Http.get(base + "leverage?wanter=" + Http.encode(payload), "application/json");
            assertTrue(
                    response.statusCode() == 200 || response.statusCode() == 400,
                    printable(payload) + " → " + response.statusCode() + " " + response.body());
            // None names a resource of the data, so none can be answered with an empty result as if it had.
            if (!payload.isBlank())
                assertEquals(400, response.statusCode(), printable(payload) + " → " + response.body());
            // A blank value means "not given" (as an empty form field does), so it answers as the query without it.
            if (response.statusCode() == 200)
                assertEquals(
                        payload.isBlank() ? unbound : 0,
                        rows(response),
                        (payload.isBlank() ? "a blank wanter is not given: " : "a hostile wanter matched something: ")
                                + printable(payload));
            tried++;
        }
        HttpResponse<String> badName =
                Http.get(base + "leverage?" + Http.encode("x } DROP ALL #") + "=1", "application/json");
        assertEquals(400, badName.statusCode());
        for (String payload : payloads().subList(0, 60)) {
            HttpResponse<String> path = Http.get(base + Http.encode(payload).replace("+", "%20"), "application/json");
            assertTrue(
                    path.statusCode() == 404 || path.statusCode() == 400 || path.statusCode() == 200,
                    "path " + printable(payload) + " → " + path.statusCode());
            tried++;
        }
        Reliability.record("injection-http", "payloads=" + tried);
    }

    @Test
    void onTheCommandLineAHostileParameterIsRefusedAsAUsageError() {
        String storeDir =
                Article.tdbStore().toString(); // loaded once by `parley load ontology data`, which must exit 0
        for (String payload :
                List.of("> } ; DROP ALL #", "<\\u003E> } ; DROP ALL #", "?s", "_:b0", "\"x\" } UNION { ?s ?p ?o }")) {
            var run = Cli.run(
                    "query", "--store", storeDir, "--format", "csv", "--param", "wanter=" + payload, "leverage");
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("Parameter wanter: "), run::toString);
            assertEquals("", run.out(), "nothing answered: " + run);
        }
        assertEquals(0, Cli.run("query", "--store", storeDir, "leverage").exitCode());
    }

    private static int rows(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return JSON.parse(response.body())
                .get("results")
                .getAsObject()
                .get("bindings")
                .getAsArray()
                .size();
    }

    private static String printable(String payload) {
        StringBuilder out = new StringBuilder();
        payload.codePoints()
                .limit(80)
                .forEach(c -> out.append(c < 32 ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return out.toString();
    }
}
