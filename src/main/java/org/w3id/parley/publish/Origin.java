package org.w3id.parley.publish;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The server a client reached: the scheme, host and port of its request, such as {@code http://localhost:3030}.
 * Descriptions name the SPARQL endpoint and the dumps here, at the server that answers, while resources keep their
 * IRIs under the base. It is the request URL as the server received it (its {@code Host} header); {@code
 * X-Forwarded-*} headers are not read, so a proxy in front should pass the client's {@code Host} on.
 */
public record Origin(String url) {
    public Origin {
        if (url.endsWith("/")) throw new IllegalArgumentException("An origin has no path: " + url);
    }

    /** {@code path} on this server; {@code path} starts with a slash. */
    public Node at(String path) {
        return NodeFactory.createURI(url + path);
    }
}
