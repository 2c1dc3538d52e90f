package org.w3id.parley.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.w3id.parley.testing.Article;
import org.w3id.parley.testing.Http;
import org.w3id.parley.testing.TestServer;

/**
 * A page whose reads are cancelled by the server's timeout is 503 with a message, as a named query is: the server is
 * busy, not broken (a 500 says the request can never succeed). The article's pages are too quick to time out for
 * certain on any machine, so the store here cancels every read that touches Russia, as the timeout would.
 */
class PageTimeoutTest {
    private static final Node RUSSIA = NodeFactory.createURI("https://w3id.org/parley/id/actor/russia");

    @Test
    void aPageWhoseReadsAreCancelledIs503() {
        try (TestServer server = TestServer.over(new CancelledOnRussia()).start()) {
            for (String accept : List.of("text/html", "text/turtle", "application/ld+json")) {
                HttpResponse<String> response = Http.get(server.url("/id/actor/russia"), accept);
                assertEquals(503, response.statusCode(), accept + ": " + response.body());
                assertEquals("The query took too long and was cancelled.\n", response.body());
            }
            assertEquals(
                    200,
                    Http.get(server.url("/id/actor/ukraine"), "text/turtle").statusCode());
        }
    }

    private static final class CancelledOnRussia extends DatasetGraphWrapper {
        CancelledOnRussia() {
            super(Article.freshStore());
        }

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            if (RUSSIA.equals(s) || RUSSIA.equals(o)) throw new QueryCancelledException();
            return super.find(g, s, p, o);
        }
    }
}
