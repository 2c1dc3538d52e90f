package org.w3id.parley.publish;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Linked-data publication as a Fuseki module: the IRIs under the base ({@code /id/...}, {@code /ontology}),
 * the home page, the dataset description ({@code /id/dataset}, {@code /.well-known/void}), dumps, named
 * queries as resources ({@code /queries/...}) and the service description of the SPARQL endpoint.
 */
public final class LinkedData implements FusekiModule {
    private final Site site;
    private final String dataset;

    /** @param dataset the Fuseki dataset path whose query endpoints get a service description, e.g. {@code /parley} */
    public LinkedData(DatasetGraph store, String base, String dataset) {
        this.site = new Site(store, new IriSpace(base));
        this.dataset = dataset;
    }

    @Override
    public String name() {
        return "Parley linked data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        ResourceServlet resources = new ResourceServlet(site);
        builder.addServlet("/id/*", resources)
               .addServlet("/ontology", resources)
               .addServlet("/.well-known/void", resources)
               .addServlet("/dumps/*", new DumpServlet(site))
               .addServlet("/queries/*", new QueryPages(site))
               .addServlet("", new HomeServlet(site));
        ServiceDescription description = new ServiceDescription(site);
        builder.addFilter(dataset + "/sparql", description)
               .addFilter(dataset + "/query", description);
    }
}
