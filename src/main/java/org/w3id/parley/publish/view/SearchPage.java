package org.w3id.parley.publish.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.parley.search.SearchHit;
import org.w3id.parley.vocab.Parley;

/** {@code /search}: the form, and the resources found, each linked to its page with its words marked. */
public final class SearchPage {
    private final DatasetGraph store;
    private final Links links;

    public SearchPage(DatasetGraph store, Links links) {
        this.store = store;
        this.links = links;
    }

    /** The form alone, as for an empty search. */
    public String form() {
        return Templates.render("search", Map.of());
    }

    /** The form again with what is wrong with the search {@code words}. */
    public String refused(String words, String problem) {
        return Templates.render("search", Map.of("query", words, "problem", problem));
    }

    /** The hits of {@code words}; {@code limit} is how many were asked for. */
    public String render(String words, List<SearchHit> hits, int limit) {
        List<Map<String, Object>> shown = Txn.calculateRead(store, () -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SearchHit hit : hits) {
                Map<String, Object> row = new HashMap<>();
                row.put("link", links.link(hit.resource()));
                row.put("type", type(hit.resource()));
                row.put("snippet", hit.snippet());
                row.put("fields", String.join(", ", hit.fields()));
                row.put("score", String.format(Locale.ROOT, "%.2f", hit.score()));
                rows.add(row);
            }
            return rows;
        });
        Map<String, Object> model = new HashMap<>();
        model.put("query", words);
        model.put("searched", true);
        model.put("hits", shown);
        model.put("count", hits.size());
        model.put("one", hits.size() == 1);
        model.put("full", hits.size() == limit);
        model.put("limit", limit);
        return Templates.render("search", model);
    }

    /** The same hits for programs. */
    public JsonObject json(String words, List<SearchHit> hits, int limit) {
        JsonObject answer = new JsonObject();
        answer.put("query", words);
        answer.put("limit", limit);
        JsonArray found = new JsonArray();
        Txn.executeRead(store, () -> {
            for (SearchHit hit : hits) {
                Link link = links.link(hit.resource());
                JsonObject entry = new JsonObject();
                if (link.iri() != null) entry.put("iri", link.iri());
                entry.put("label", link.label());
                String type = type(hit.resource());
                if (type != null) entry.put("type", type);
                if (link.href() != null) entry.put("page", link.href());
                entry.put("score", JsonNumber.value(hit.score()));
                JsonArray fields = new JsonArray();
                hit.fields().forEach(fields::add);
                entry.put("fields", fields);
                StringBuilder snippet = new StringBuilder();
                JsonArray marked = new JsonArray();
                for (SearchHit.Segment segment : hit.snippet()) {
                    snippet.append(segment.text());
                    if (segment.marked()) marked.add(segment.text());
                }
                entry.put("snippet", snippet.toString());
                entry.put("marked", marked);
                found.add(entry);
            }
        });
        answer.put("hits", found);
        return answer;
    }

    /** The label of the resource's type, Parley's own first, then by IRI; {@code null} for none. */
    private String type(Node resource) {
        List<Node> types = new ArrayList<>();
        store.find(Node.ANY, resource, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI() && !types.contains(q.getObject())) types.add(q.getObject());
        });
        return types.stream()
                .min(Comparator.comparing((Node t) -> !t.getURI().startsWith(Parley.NS))
                        .thenComparing(Node::getURI))
                .map(t -> links.link(t).label())
                .orElse(null);
    }
}
