package org.w3id.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OA;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.w3id.parley.vocab.Parley;

/**
 * A search of every indexed field at once, in Lucene's query syntax ({@code withdrawal Donetsk}, {@code "security
 * guarantees"}, {@code withdraw*}, {@code label:Donetsk}), for people: each resource once, in order of its best score,
 * a quote's hit shown as its claim.
 */
public final class Search {
    /** The most a search may ask for. */
    public static final int MAX_LIMIT = 100;
    /** The longest search accepted, in characters. */
    public static final int MAX_QUERY_CHARS = 500;

    /** Labels count most, then what a thing is said to be, then the words quoted, then the texts they are from. */
    private static final Map<String, Float> BOOSTS =
            Map.of(SearchFields.LABEL, 4f, SearchFields.COMMENT, 2f, SearchFields.QUOTE, 1.5f, SearchFields.TEXT, 1f);
    /** Documents read per resource shown: one resource may match in several fields, or by several quotes. */
    private static final int DOCS_PER_HIT = 4;

    private static final String MARK = "\u0001";
    private static final String END_MARK = "\u0002";
    private static final int PASSAGE_CHARS = 180;

    private final SearchIndex index;

    public Search(SearchIndex index) {
        this.index = index;
    }

    /** The search of {@code dataset}'s index, if it has one. */
    public static Optional<Search> of(DatasetGraph dataset) {
        return SearchIndex.of(dataset).map(Search::new);
    }

    /** The resources matching {@code words}, best first, at most {@code limit} of them (1 to {@value #MAX_LIMIT}). */
    public List<SearchHit> find(String words, int limit) {
        if (limit < 1 || limit > MAX_LIMIT)
            throw new BadSearch("The limit must be between 1 and " + MAX_LIMIT + "; it is " + limit + ".");
        Query query = parse(words);
        index.syncIfMoved();
        try (DirectoryReader reader = DirectoryReader.open(index.directory())) {
            IndexSearcher searcher = new IndexSearcher(reader);
            ScoreDoc[] docs = searcher.search(query, limit * DOCS_PER_HIT).scoreDocs;
            List<Match> matches = new ArrayList<>();
            for (ScoreDoc doc : docs) matches.add(match(searcher.storedFields().document(doc.doc), doc.score));
            return Txn.calculateRead(index.store(), () -> grouped(matches, query, limit));
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the search index", ex);
        }
    }

    /** Parses {@code words} as a Lucene query over every field; refuses one that is empty, too long or malformed. */
    Query parse(String words) {
        if (words.isBlank()) throw new BadSearch("Give some words to search for.");
        if (words.length() > MAX_QUERY_CHARS)
            throw new BadSearch("The search is " + words.length() + " characters long; at most " + MAX_QUERY_CHARS
                    + " are accepted.");
        MultiFieldQueryParser parser =
                new MultiFieldQueryParser(SearchFields.ALL.toArray(String[]::new), index.analyzer(), BOOSTS);
        try {
            return parser.parse(words);
        } catch (ParseException ex) {
            throw new BadSearch("The search \"" + words + "\" cannot be parsed: " + firstLine(ex.getMessage()), ex);
        } catch (IndexSearcher.TooManyClauses ex) {
            throw new BadSearch("The search \"" + words + "\" has too many parts: " + ex.getMessage(), ex);
        }
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private record Match(Node subject, String field, String text, float score) {}

    private static Match match(Document doc, float score) {
        String field = SearchFields.ALL.stream()
                .filter(f -> doc.get(f) != null)
                .findFirst()
                .orElseThrow();
        return new Match(TextQueryFuncs.stringToNode(doc.get(SearchFields.ENTITY)), field, doc.get(field), score);
    }

    /** One hit per resource shown, in the order of its best match; read inside a read transaction. */
    private List<SearchHit> grouped(List<Match> matches, Query query, int limit) {
        Map<Node, List<Match>> byResource = new LinkedHashMap<>();
        for (Match match : matches)
            byResource.computeIfAbsent(shown(match), k -> new ArrayList<>()).add(match);
        List<SearchHit> hits = new ArrayList<>();
        for (Map.Entry<Node, List<Match>> entry : byResource.entrySet()) {
            if (hits.size() == limit) break;
            List<Match> found = entry.getValue();
            Match best = found.get(0);
            List<String> fields = SearchFields.ALL.stream()
                    .filter(f -> found.stream().anyMatch(m -> m.field().equals(f)))
                    .toList();
            hits.add(new SearchHit(entry.getKey(), best.score(), fields, passage(query, best)));
        }
        return hits;
    }

    /** What a match is shown as: a quote's selector as the claim that quotes it, anything else as itself. */
    private Node shown(Match match) {
        if (!match.field().equals(SearchFields.QUOTE)) return match.subject();
        DatasetGraph store = index.store();
        Iterator<Node> targets =
                Iter.map(store.find(Node.ANY, Node.ANY, OA.hasSelector.asNode(), match.subject()), Quad::getSubject);
        while (targets.hasNext()) {
            Node target = targets.next();
            Iterator<Quad> quoting = store.find(Node.ANY, Node.ANY, Parley.hasQuote, target);
            Optional<Node> claim =
                    quoting.hasNext() ? Optional.of(quoting.next().getSubject()) : Optional.empty();
            if (claim.isPresent()) return claim.get();
        }
        return match.subject();
    }

    /** The best passage of the match's text, its matching words marked; the text's start if none stands out. */
    private List<SearchHit.Segment> passage(Query query, Match match) {
        Analyzer analyzer = index.analyzer();
        Highlighter highlighter =
                new Highlighter(new SimpleHTMLFormatter(MARK, END_MARK), new QueryScorer(query, match.field()));
        highlighter.setTextFragmenter(new SimpleFragmenter(PASSAGE_CHARS));
        String best;
        try {
            best = highlighter.getBestFragment(analyzer, match.field(), match.text());
        } catch (IOException | InvalidTokenOffsetsException ex) {
            best = null;
        }
        if (best == null)
            best = match.text().length() <= PASSAGE_CHARS
                    ? match.text()
                    : match.text().substring(0, PASSAGE_CHARS) + "…";
        return segments(best);
    }

    private static List<SearchHit.Segment> segments(String marked) {
        List<SearchHit.Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(MARK, at);
            if (start < 0) {
                segments.add(new SearchHit.Segment(marked.substring(at), false));
                break;
            }
            if (start > at) segments.add(new SearchHit.Segment(marked.substring(at, start), false));
            int end = marked.indexOf(END_MARK, start);
            if (end < 0) end = marked.length();
            segments.add(new SearchHit.Segment(marked.substring(start + 1, end), true));
            at = end + 1;
        }
        return segments;
    }
}
