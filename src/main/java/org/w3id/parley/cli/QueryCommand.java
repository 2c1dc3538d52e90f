package org.w3id.parley.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.parley.query.Evidence;
import org.w3id.parley.query.EvidenceLookup;
import org.w3id.parley.query.FindingTemplate;
import org.w3id.parley.query.NamedQueries;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.query.ResultFormat;
import org.w3id.parley.query.UnresolvedParameter;
import org.w3id.parley.sparql.SparqlFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "query",
        description = {
            "Run a named competency query or a .rq file against the store or a SPARQL endpoint.",
            "Without NAME, list the named queries and the questions they answer."
        })
final class QueryCommand extends Subcommand {
    @Mixin
    StoreOptions storeOptions;

    @Option(
            names = "--endpoint",
            paramLabel = "URL",
            description = "Query this SPARQL endpoint instead of a local store.")
    String endpoint;

    @Option(
            names = {"-p", "--param"},
            paramLabel = "NAME=VALUE",
            mapFallbackValue = "",
            description =
                    "Bind variable ?NAME to VALUE. A parameter naming a resource takes an IRI (<https://...> or https://...), a prefixed name (id:actor/russia), a path (/id/actor/russia) or a label (Washington), which must name exactly one resource in the data (else exit 2); any other takes one RDF term (\"text\"@en, 42) or else a plain string. Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(
            names = "--format",
            defaultValue = "table",
            description = "Output: table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Option(
            names = "--evidence",
            description =
                    "Add an evidence column to table, CSV and TSV output: for each claim a row rests on, its speaker, modality and exact words with offsets. JSON output always carries the evidence.")
    boolean evidence;

    @Option(
            names = "--findings",
            description =
                    "Print each row as the analysis's finding sentence (its #+ finding: header), each with the quotes it rests on below it, instead of a table.")
    boolean findings;

    @Parameters(
            arity = "0..1",
            paramLabel = "NAME|FILE.rq",
            description = "A named query (see the list) or a .rq file.")
    String name;

    @Override
    public Integer call() {
        if (name == null) return list();
        SparqlFile file = NamedQueries.resolve(name);
        OutputStream out = Output.stream(out());
        if (endpoint != null) {
            run(QueryRunner.remote(endpoint), file, out);
            return 0;
        }
        DatasetGraph store = storeOptions.open();
        try {
            run(QueryRunner.local(store), file, out);
        } finally {
            store.close();
        }
        return 0;
    }

    /** A value that names nothing in the data is a mistake on the command line, answered as one (exit 2). */
    private void run(QueryRunner runner, SparqlFile file, OutputStream out) {
        try {
            if (findings) printFindings(runner, file);
            else runner.run(QueryRunner.parse(file), params, format, evidence, out);
        } catch (UnresolvedParameter ex) {
            throw usageError(ex.getMessage());
        }
    }

    /** Each row as its sentence, then one indented line per quote it rests on; then how many there are. */
    private void printFindings(QueryRunner runner, SparqlFile file) {
        FindingTemplate finding = FindingTemplate.of(file)
                .orElseThrow(() -> usageError(file.name()
                        + " has no #+ finding: header, so its rows have no sentence; use --format instead"));
        Query query = runner.bind(QueryRunner.parse(file), params);
        if (!query.isSelectType()) throw usageError(file.name() + " is not a SELECT query: it has no rows to read");
        List<Var> vars = query.getProjectVars();
        List<Binding> rows = runner.select(query);
        List<List<Evidence>> quotes = EvidenceLookup.hasClaimColumns(vars)
                ? EvidenceLookup.forRows(rows, vars, runner::select)
                : rows.stream().map(row -> List.<Evidence>of()).toList();
        PrintWriter out = out();
        for (int i = 0; i < rows.size(); i++) {
            out.println(finding.renderPlain(rows.get(i), vars));
            for (Evidence quote : quotes.get(i)) out.println("    " + quote.summary());
        }
        out.println(rows.size() + (rows.size() == 1 ? " finding" : " findings"));
        out.flush();
    }

    private int list() {
        PrintWriter out = out();
        NamedQueries.all().forEach((queryName, file) -> {
            out.printf("%-24s %s%n", queryName, file.summary());
            out.printf("%-24s   %s%n", "", file.description());
            if (!"none".equals(file.params())) out.printf("%-24s   params: %s%n", "", file.params());
        });
        out.flush();
        return 0;
    }
}
