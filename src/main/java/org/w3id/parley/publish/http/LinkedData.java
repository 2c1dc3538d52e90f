package org.w3id.parley.publish.http;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.publish.IriSpace;
import org.w3id.parley.publish.Paths;
import org.w3id.parley.publish.describe.DatasetDescription;
import org.w3id.parley.publish.describe.Describer;
import org.w3id.parley.publish.describe.Dumps;
import org.w3id.parley.publish.describe.Labels;
import org.w3id.parley.publish.describe.OntologyGraph;
import org.w3id.parley.publish.describe.ServiceDescription;
import org.w3id.parley.publish.describe.SourceTexts;
import org.w3id.parley.publish.describe.SummaryQueries;
import org.w3id.parley.publish.picture.Pictures;
import org.w3id.parley.publish.view.DatasetPage;
import org.w3id.parley.publish.view.GraphDocumentPage;
import org.w3id.parley.publish.view.HomePage;
import org.w3id.parley.publish.view.Links;
import org.w3id.parley.publish.view.OntologyPage;
import org.w3id.parley.publish.view.QueryPage;
import org.w3id.parley.publish.view.ResourcePage;
import org.w3id.parley.publish.view.ResultsPage;
import org.w3id.parley.publish.view.SearchPage;
import org.w3id.parley.publish.view.StatementSources;
import org.w3id.parley.search.Search;
import org.w3id.parley.store.StoreVersion;

/**
 * Linked-data publication as a Fuseki module: the IRIs under the base ({@code /id/...}, {@code /ontology} and its
 * version IRI, the shapes at {@code /shapes}, the alignment bridge at {@code /align}),
 * the home page, the dataset description ({@code /id/dataset}, {@code /.well-known/void}), dumps, named
 * queries as resources ({@code /queries/...}) and for programs ({@code /parley/analysis/...}), the service
 * description of the SPARQL endpoint, which a browser gets as the SPARQL editor (its files under {@code /assets/}),
 * a browser's query results as a page, and full-text search ({@code /search}).
 */
public final class LinkedData implements FusekiModule {
    private final DatasetGraph store;
    private final IriSpace iris;
    private final boolean writable;

    /**
     * @param base the IRI prefix served at the same paths here, ending in {@code /}
     * @param writable whether the server has the update endpoint ({@code parley serve --auth}), so that the service
     *     description names it
     */
    public LinkedData(DatasetGraph store, String base, boolean writable) {
        this.store = store;
        this.iris = new IriSpace(base);
        this.writable = writable;
    }

    @Override
    public String name() {
        return "Parley linked data";
    }

    private DocumentServlet documentServlet(Node iri, String path, StoreVersion version) {
        return new DocumentServlet(
                store,
                iri,
                path,
                true,
                new GraphDocument(new OntologyGraph(store, iri), new GraphDocumentPage(iri, path)::render, version));
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        StoreVersion version = new StoreVersion(store);
        Labels labels = new Labels(store);
        SummaryQueries summaries = new SummaryQueries(store);
        Links links = new Links(iris, labels);
        Pictures pictures = new Pictures(summaries, iris, version);
        StatementSources sources = new StatementSources(store, links, new SourceTexts(store, version));
        DatasetDescription description = new DatasetDescription(store, iris, version, summaries);

        GraphDocument ontology = new GraphDocument(
                new OntologyGraph(store, iris.ontology()),
                new OntologyPage(store, iris.ontology(), links)::render,
                version);
        ResourceServlet resources = new ResourceServlet(
                iris,
                new Describer(store, labels),
                new ResourcePage(store, links, sources, summaries, pictures),
                new DatasetDocument(description, new DatasetPage(store, iris, links)),
                ontology);
        QueryPage queryPage = new QueryPage(store, links, sources, iris.base(), pictures);
        NamedQueryServlet queriesForPeople = NamedQueryServlet.forPeople(queryPage);
        NamedQueryServlet queriesForPrograms = NamedQueryServlet.forPrograms(queryPage);
        builder.addServlet(Paths.ID + "*", resources)
                .addServlet(Paths.ONTOLOGY, resources)
                // the ontology's version IRI; /ontology itself is the resource servlet's (an exact match wins)
                .addServlet(
                        Paths.ONTOLOGY + "/*",
                        new DocumentServlet(store, iris.ontology(), Paths.ONTOLOGY, false, ontology))
                .addServlet(Paths.SHAPES + "/*", documentServlet(iris.shapes(), Paths.SHAPES, version))
                .addServlet(Paths.ALIGN + "/*", documentServlet(iris.align(), Paths.ALIGN, version))
                .addServlet(Paths.WELL_KNOWN_VOID, resources)
                .addServlet(Paths.DUMPS + "*", new DumpServlet(new Dumps(store, version)))
                .addServlet(queriesForPeople.mount() + "*", queriesForPeople)
                .addServlet(queriesForPrograms.mount() + "*", queriesForPrograms)
                .addServlet(Paths.ASSETS + "*", new AssetServlet())
                .addServlet(Paths.SEARCH, new SearchServlet(Search.of(store), new SearchPage(store, links)))
                .addServlet("", new HomeServlet(new HomePage(store, links, summaries, pictures), version));
        ServiceDescriptionFilter serviceDescription =
                new ServiceDescriptionFilter(new ServiceDescription(iris, description, writable));
        ResultsPageFilter resultsPage = new ResultsPageFilter(new ResultsPage(store, links));
        builder.addFilter(Paths.Endpoint.SPARQL.path(), serviceDescription)
                .addFilter(Paths.Endpoint.QUERY.path(), serviceDescription)
                .addFilter(Paths.Endpoint.SPARQL.path(), resultsPage)
                .addFilter(Paths.Endpoint.QUERY.path(), resultsPage);
    }
}
