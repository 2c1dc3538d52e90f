package org.w3id.parley.query;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.parley.sparql.SparqlFile;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/**
 * A query's finding sentence, from its {@code #+ finding:} header: a Mustache template rendered over one result row,
 * so a person reads "Washington requires … before …; Ukraine's leaders cannot accept that order" instead of columns.
 *
 * <p>What a template sees, for each variable bound in the row: {@code {{var}}} is a resource shown by its label (the
 * row's {@code varLabel} column when bound, else the data's label) or a literal's text; a list joined with
 * {@code " | "}, as GROUP_CONCAT gives it, reads "a, b and c". {@code {{#var}}…{{/var}}} renders only when the variable
 * is bound and not empty (an {@code xsd:boolean} is its truth value), and {@code {{#var=value}}…{{/var=value}}} only
 * when a literal's text, or a resource's local name, is {@code value}: the one choice a logic-less template needs,
 * between the kinds of row one query returns (deadlocks' {@code {{#kind=precondition cycle}}}).
 */
public final class FindingTemplate {
    /**
     * Values reach a template already shown (escaped for HTML by a page, plain on the command line), so the
     * template writes them as they are; its own text is the query author's.
     */
    private static final DefaultMustacheFactory VERBATIM = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    };

    private static final Map<String, FindingTemplate> COMPILED = new ConcurrentHashMap<>();

    private final Mustache template;

    private FindingTemplate(String name, String text) {
        this.template = VERBATIM.compile(new StringReader(text), name);
    }

    /** The finding of a query, if its header has one; compiled once per query text. */
    public static Optional<FindingTemplate> of(SparqlFile file) {
        String text = file.header().get("finding");
        if (text == null || text.isBlank()) return Optional.empty();
        return Optional.of(
                COMPILED.computeIfAbsent(file.name() + "\n" + text, key -> new FindingTemplate(file.name(), text)));
    }

    /**
     * The sentence for one row.
     *
     * @param resource shows a resource, given its IRI node and the row's label for it (null when the row has none)
     * @param text shows a literal's text
     */
    public String render(
            Binding row, List<Var> vars, BiFunction<Node, String, String> resource, UnaryOperator<String> text) {
        StringWriter out = new StringWriter();
        template.execute(out, values(row, vars, resource, text));
        return out.toString().strip();
    }

    /** The sentence for one row, in plain text: resources by their label in the row, else their IRI. */
    public String renderPlain(Binding row, List<Var> vars) {
        return render(row, vars, (node, label) -> label != null ? label : node.getURI(), UnaryOperator.identity());
    }

    static Map<String, Object> values(
            Binding row, List<Var> vars, BiFunction<Node, String, String> resource, UnaryOperator<String> text) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Var var : vars) {
            Node node = row.get(var);
            String name = var.getVarName();
            if (node == null || node.isBlank()) continue;
            if (node.isURI()) {
                Node label = row.get(Var.alloc(name + "Label"));
                values.put(
                        name,
                        resource.apply(
                                node, label != null && label.isLiteral() ? label.getLiteralLexicalForm() : null));
                values.put(name + "=" + localName(node.getURI()), true);
            } else if (node.isLiteral()) {
                String lexical = node.getLiteralLexicalForm();
                if (XSDDatatype.XSDboolean.getURI().equals(node.getLiteralDatatypeURI())) {
                    values.put(name, Boolean.valueOf(lexical.equals("true") || lexical.equals("1")));
                } else if (!lexical.isEmpty()) {
                    values.put(name, text.apply(readableList(lexical)));
                }
                values.put(name + "=" + lexical, true);
            }
        }
        return values;
    }

    /** {@code "a | b | c"} as {@code "a, b and c"}: GROUP_CONCAT's separator is for programs. */
    static String readableList(String joined) {
        List<String> items = List.of(joined.split(" \\| ", -1));
        if (items.size() < 2) return joined;
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
