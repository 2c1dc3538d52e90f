package org.w3id.parley.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.parley.ParleyException;

/** The SHACL shapes every load must satisfy. */
public final class Validation {
    private final Shapes shapes;
    private AffectedNodes affectedNodes;

    private Validation(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Reads the shapes file; {@code sh:imports} are not followed, so validation never goes to the network. */
    public static Validation fromFile(Path shapesFile) {
        Graph graph = GraphFactory.createDefaultGraph();
        if (!Files.isRegularFile(shapesFile)) throw new ParleyException(shapesFile + ": no such shapes file");
        RDFParser.source(shapesFile).errorHandler(new FailFast(shapesFile)).parse(graph);
        return new Validation(Shapes.parse(graph));
    }

    /** Shapes already parsed. */
    static Validation fromShapes(Shapes shapes) {
        return new Validation(shapes);
    }

    /** No shapes at all: everything conforms. */
    public static Validation none() {
        return new Validation(Shapes.parse(GraphFactory.createDefaultGraph()));
    }

    /** @throws ValidationFailure naming each focus node and broken rule */
    void check(Graph data, PrefixMap dataPrefixes) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (!report.conforms()) throw new ValidationFailure(report, reportPrefixes(dataPrefixes));
    }

    /**
     * Validates only {@code focusNodes}, each against the shapes that target it in {@code data}: for an incremental
     * load, the {@link #affectedNodes() nodes a change affects}.
     *
     * @throws ValidationFailure naming each focus node and broken rule, as {@link #check} does
     */
    void checkNodes(Graph data, Collection<Node> focusNodes, PrefixMap dataPrefixes) {
        ValidationReport report = report(data, focusNodes);
        if (!report.conforms()) throw new ValidationFailure(report, reportPrefixes(dataPrefixes));
    }

    /** One report with the results of every node in {@code focusNodes}, as a full validation would give them. */
    ValidationReport report(Graph data, Collection<Node> focusNodes) {
        ValidationReport.Builder merged = ValidationReport.create();
        for (Node node : focusNodes)
            ShaclValidator.get().validate(shapes, data, node).getEntries().forEach(merged::addReportEntry);
        return merged.build();
    }

    /** The report of a full validation of {@code data}. */
    ValidationReport report(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /**
     * Which nodes a change to the data can affect, for these shapes.
     *
     * @throws UnboundedShapes if the shapes read more than the neighbourhood of a focus node, so that only a full
     *     validation is sound
     */
    public synchronized AffectedNodes affectedNodes() {
        if (affectedNodes == null) affectedNodes = new AffectedNodes(shapes);
        return affectedNodes;
    }

    /** The report reads best with the data's prefixes, the shapes' prefixes and {@code sh:}. */
    private PrefixMap reportPrefixes(PrefixMap dataPrefixes) {
        PrefixMap prefixes = PrefixMapFactory.create(dataPrefixes);
        prefixes.putAll(shapes.getGraph().getPrefixMapping());
        prefixes.add("sh", SHACL.getURI());
        return prefixes;
    }
}
