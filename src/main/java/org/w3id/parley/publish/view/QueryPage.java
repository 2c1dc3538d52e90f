package org.w3id.parley.publish.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.w3id.parley.publish.negotiation.Representation;
import org.w3id.parley.publish.picture.Picture;
import org.w3id.parley.publish.picture.Pictures;
import org.w3id.parley.query.Evidence;
import org.w3id.parley.query.EvidenceLookup;
import org.w3id.parley.query.FindingTemplate;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.query.ParameterOptions;
import org.w3id.parley.query.ParameterOptions.Option;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.sparql.SparqlFile;
import org.w3id.parley.vocab.Prefixes;

/**
 * A named query or analysis as a page: each row as a finding, a sentence whose terms link to their pages, beside the
 * quotes it rests on; on request ({@code ?view=table}) the technical table of every column; a form for its
 * parameters; and the list of them all.
 */
public final class QueryPage {
    record Param(String name, String description, String value, String example, List<Option> options) {}

    record Cell(Value value) {}

    record QueryRow(List<Cell> cells, List<Source> sources) {}

    /** One row as a sentence, already escaped HTML with its terms linked, and the quotes it rests on. */
    record Finding(String sentence, List<Source> sources) {
        public boolean hasSources() {
            return !sources.isEmpty();
        }
    }

    /**
     * How the rows are shown: as findings (the default, when the query has a finding sentence) or as the technical
     * table of every column; {@code otherHref} switches to the other.
     */
    public record View(boolean table, String otherHref) {}

    record Model(
            String name,
            String summary,
            String description,
            String text,
            List<Param> params,
            List<String> columns,
            List<QueryRow> rows,
            boolean evidence,
            List<Finding> findings,
            boolean table,
            String otherView,
            List<Alternate> alternates,
            String error,
            boolean refused,
            Picture picture) {
        public boolean hasParams() {
            return !params.isEmpty();
        }

        public String resultCount() {
            return Counts.of(rows.size(), "result");
        }

        public String findingCount() {
            return Counts.of(findings.size(), "finding");
        }

        /** The findings can be offered instead of the table when the query has a sentence for its rows. */
        public boolean canSwitch() {
            return otherView != null;
        }
    }

    record Listed(String name, String summary, String description, String href) {}

    private final DatasetGraph store;
    private final Links links;
    private final StatementSources sources;
    private final String base;
    private final Pictures pictures;

    /** @param base the IRIs the server answers for, under which a parameter's path is read */
    public QueryPage(DatasetGraph store, Links links, StatementSources sources, String base, Pictures pictures) {
        this.store = store;
        this.links = links;
        this.sources = sources;
        this.base = base;
        this.pictures = pictures;
    }

    /** Runs the queries of the pages, reading a parameter's path as this server's. */
    public QueryRunner runner() {
        return QueryRunner.local(store).under(base);
    }

    /** Every named query, each linked at {@code base + name}. */
    public static String list(String base) {
        List<Listed> queries = new ArrayList<>();
        NamedQueries.all()
                .forEach(
                        (name, file) -> queries.add(new Listed(name, file.summary(), file.description(), base + name)));
        return Templates.render("queries", Map.of("queries", queries));
    }

    /**
     * The page of {@code file} run with {@code params}, linking to its other {@code formats} at {@code urlFor(key)}.
     *
     * @throws org.w3id.parley.ParleyException when a parameter names no variable of the query
     */
    public String render(
            SparqlFile file,
            Map<String, String> params,
            List<Representation> formats,
            Function<String, String> urlFor,
            View view) {
        Query query = runner().bind(QueryRunner.parse(file), params);
        List<Alternate> alternates = alternates(formats, urlFor);
        List<Param> declared = declared(file, params);
        if (!query.isSelectType())
            return withoutRows(
                    file,
                    declared,
                    alternates,
                    "Only SELECT queries are shown as tables; use ?format= for the others.",
                    false);
        QueryRunner runner = runner();
        Optional<FindingTemplate> finding = FindingTemplate.of(file);
        boolean asTable = view.table() || finding.isEmpty();
        return Templates.render("query", Txn.calculateRead(store, () -> {
            List<Binding> rows = runner.select(query);
            List<Var> vars = query.getProjectVars();
            boolean withEvidence = EvidenceLookup.hasClaimColumns(vars);
            List<List<Evidence>> evidence =
                    withEvidence ? EvidenceLookup.forRows(rows, vars, runner::select) : List.of();
            List<QueryRow> table = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Binding row = rows.get(i);
                List<Cell> cells = vars.stream()
                        .map(v -> {
                            Node value = row.get(v);
                            return new Cell(value == null ? null : links.value(value));
                        })
                        .toList();
                List<Source> rowSources = withEvidence
                        ? evidence.get(i).stream()
                                .map(e -> sources.source(NodeFactory.createURI(e.claim()), e))
                                .toList()
                        : List.of();
                table.add(new QueryRow(cells, rowSources));
                if (finding.isPresent())
                    findings.add(
                            new Finding(finding.get().render(row, vars, this::resource, Html::escape), rowSources));
            }
            return new Model(
                    file.name(),
                    file.summary(),
                    file.description(),
                    file.text(),
                    declared,
                    vars.stream().map(Var::getVarName).toList(),
                    table,
                    withEvidence,
                    findings,
                    asTable,
                    finding.isPresent() ? view.otherHref() : null,
                    alternates,
                    null,
                    false,
                    pictures.among(resources(rows), file.name()).orElse(null));
        }));
    }

    /**
     * The page of {@code file} refused for {@code problem}: the form again, with the values given and what was wrong
     * with them, and no results, since none were computed.
     */
    public String refused(
            SparqlFile file,
            Map<String, String> params,
            List<Representation> formats,
            Function<String, String> urlFor,
            String problem) {
        return withoutRows(file, declared(file, params), alternates(formats, urlFor), problem, true);
    }

    /** The page with the form and {@code message} where the table would be. */
    private static String withoutRows(
            SparqlFile file, List<Param> declared, List<Alternate> alternates, String message, boolean refused) {
        return Templates.render(
                "query",
                new Model(
                        file.name(),
                        file.summary(),
                        file.description(),
                        file.text(),
                        declared,
                        List.of(),
                        List.of(),
                        false,
                        List.of(),
                        true,
                        null,
                        alternates,
                        message,
                        refused,
                        null));
    }

    /** Every IRI in the rows' cells, for the picture of what the rows are about. */
    private static Set<Node> resources(List<Binding> rows) {
        Set<Node> resources = new HashSet<>();
        for (Binding row : rows)
            row.vars().forEachRemaining(v -> {
                Node value = row.get(v);
                if (value.isURI()) resources.add(value);
            });
        return resources;
    }

    /** A resource in a finding: its label (the row's, else the data's) linked to its page, escaped. */
    private String resource(Node node, String label) {
        Link link = label == null ? links.link(node) : links.link(node.getURI(), label);
        String text = Html.escape(link.label());
        return link.href() == null ? text : "<a href=\"" + Html.escape(link.href()) + "\">" + text + "</a>";
    }

    private static List<Alternate> alternates(List<Representation> formats, Function<String, String> urlFor) {
        return formats.stream()
                .filter(f -> f != Representation.HTML)
                .map(f -> new Alternate(f.key(), f.mediaType(), urlFor.apply(f.key())))
                .toList();
    }

    /** The parameters the query's header declares, with the values given and the resources the data offers. */
    private List<Param> declared(SparqlFile file, Map<String, String> given) {
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(Prefixes.COMMON)
                .setNsPrefixes(QueryRunner.parse(file).getPrefixMapping());
        QueryRunner runner = runner();
        List<Param> params = new ArrayList<>();
        file.parameters()
                .forEach((name, description) -> params.add(new Param(
                        name,
                        description,
                        given.getOrDefault(name, ""),
                        ParameterOptions.example(description).orElse(null),
                        ParameterOptions.of(name, description, prefixes, runner::select))));
        return params;
    }
}
