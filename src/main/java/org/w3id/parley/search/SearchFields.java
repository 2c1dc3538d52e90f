package org.w3id.parley.search;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.w3id.parley.vocab.Cnt;

/**
 * What the index holds: one Lucene document per literal of an indexed property, in a field named for what it is, with
 * the subject, the named graph (so {@code GRAPH ?g} and a reload of one graph work) and a hash of the whole quad (so
 * deleting a quad deletes its document).
 */
public final class SearchFields {
    public static final String LABEL = "label";
    public static final String COMMENT = "comment";
    public static final String QUOTE = "quote";
    public static final String TEXT = "text";
    /** Every text field, most telling first. */
    public static final List<String> ALL = List.of(LABEL, COMMENT, QUOTE, TEXT);

    static final String ENTITY = "uri";
    static final String GRAPH = "graph";
    static final String LANG = "lang";
    static final String UID = "uid";

    /** The indexed properties, each with its field. */
    static final List<Node> PROPERTIES =
            List.of(RDFS.label.asNode(), RDFS.comment.asNode(), SKOS.definition.asNode(), OA.exact.asNode(), Cnt.chars);

    static TextIndexConfig config() {
        EntityDefinition fields = new EntityDefinition(ENTITY, LABEL, GRAPH, RDFS.label.asNode());
        fields.set(COMMENT, RDFS.comment.asNode());
        fields.set(COMMENT, SKOS.definition.asNode());
        fields.set(QUOTE, OA.exact.asNode());
        fields.set(TEXT, Cnt.chars);
        fields.setLangField(LANG);
        fields.setUidField(UID);
        TextIndexConfig config = new TextIndexConfig(fields);
        // The article and its claims are English: "concessions" finds "concession", "withdrawing" finds "withdrawal".
        config.setAnalyzer(new EnglishAnalyzer());
        // Stored, so hits can be shown with their words marked.
        config.setValueStored(true);
        return config;
    }

    private SearchFields() {}
}
