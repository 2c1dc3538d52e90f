package org.w3id.parley.search;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;

/**
 * The index as {@code text:query} sees it: each search first brings the index up to date with the store if it has
 * moved on ({@link SearchIndex#syncIfMoved}), and returns at most {@value #MAX_HITS} hits whatever limit the query
 * asks for. Writes go through {@link SearchIndex}, never through here.
 */
final class ServedTextIndex implements TextIndex {
    /** Jena's own default when a query gives no limit; here also the most a query may ask for. */
    static final int MAX_HITS = 10_000;

    private final SearchIndex index;
    private final TextIndex lucene;

    ServedTextIndex(SearchIndex index, TextIndex lucene) {
        this.index = index;
        this.lucene = lucene;
    }

    static int bounded(int limit) {
        return limit <= 0 || limit > MAX_HITS ? MAX_HITS : limit;
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        index.syncIfMoved();
        return lucene.query(property, qs, graphURI, lang, bounded(limit));
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return query(property, qs, graphURI, lang, MAX_HITS);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        index.syncIfMoved();
        return lucene.query(property, qs, graphURI, lang, bounded(limit), highlight);
    }

    @Override
    public List<TextHit> query(
            List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        index.syncIfMoved();
        return lucene.query(props, qs, graphURI, lang, bounded(limit), highlight);
    }

    @Override
    public List<TextHit> query(
            String subjectUri,
            List<Resource> props,
            String qs,
            String graphURI,
            String lang,
            int limit,
            String highlight) {
        index.syncIfMoved();
        return lucene.query(subjectUri, props, qs, graphURI, lang, bounded(limit), highlight);
    }

    @Override
    public List<TextHit> query(
            Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        index.syncIfMoved();
        return lucene.query(subj, props, qs, graphURI, lang, bounded(limit), highlight);
    }

    @Override
    public List<TextHit> query(
            String subjectUri, Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        index.syncIfMoved();
        return lucene.query(subjectUri, property, qs, graphURI, lang, bounded(limit), highlight);
    }

    @Override
    public Map<String, Node> get(String uri) {
        return lucene.get(uri);
    }

    @Override
    public EntityDefinition getDocDef() {
        return lucene.getDocDef();
    }

    @Override
    public void prepareCommit() {
        throw readOnly();
    }

    @Override
    public void commit() {
        throw readOnly();
    }

    @Override
    public void rollback() {
        throw readOnly();
    }

    @Override
    public void addEntity(Entity entity) {
        throw readOnly();
    }

    @Override
    public void updateEntity(Entity entity) {
        throw readOnly();
    }

    @Override
    public void deleteEntity(Entity entity) {
        throw readOnly();
    }

    @Override
    public void close() {
        // the SearchIndex owns the Lucene index and closes it
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the search index is written by loads only");
    }
}
