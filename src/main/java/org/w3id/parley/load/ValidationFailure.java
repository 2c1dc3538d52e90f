package org.w3id.parley.load;

import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.w3id.parley.ParleyException;

/** Data that does not conform to the shapes: one line per result, naming the focus node and the broken rule. */
public class ValidationFailure extends ParleyException {
    private final transient ValidationReport report;

    public ValidationFailure(ValidationReport report, PrefixMap prefixes) {
        super(describe(report, prefixes));
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }

    private static String describe(ValidationReport report, PrefixMap prefixes) {
        String results = report.getEntries().stream()
                .map(entry -> "  - " + describe(entry, prefixes))
                .sorted()
                .collect(Collectors.joining("\n"));
        return "SHACL validation failed with " + report.getEntries().size() + " result(s):\n" + results;
    }

    /** {@code focus node X, path P: message [shape S, component C]}. */
    static String describe(ReportEntry entry, PrefixMap prefixes) {
        StringBuilder line = new StringBuilder("focus node ").append(str(entry.focusNode(), prefixes));
        if (entry.resultPath() != null)
            line.append(", path ").append(entry.resultPath().toString(new Prologue(Prefixes.adapt(prefixes))));
        line.append(": ").append(entry.message());
        if (entry.value() != null)
            line.append(" (value ")
                    .append(abbreviate(str(entry.value(), prefixes)))
                    .append(')');
        line.append(" [shape ").append(str(entry.source(), prefixes));
        if (entry.sourceConstraintComponent() != null)
            line.append(", ").append(str(entry.sourceConstraintComponent(), prefixes));
        return line.append(']').toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static String str(Node node, PrefixMap prefixes) {
        return node == null ? "?" : NodeFmtLib.str(node, prefixes);
    }
}
