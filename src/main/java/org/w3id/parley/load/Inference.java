package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.w3id.parley.sparql.SparqlFile;
import org.w3id.parley.sparql.SparqlFiles;

/**
 * Forward chaining with the CONSTRUCT rules in {@code src/main/resources/inference/}: each round runs
 * every rule over the union of all graphs (the entailments so far included) and keeps what is new, until a
 * round adds nothing. The loader writes what this returns to the inferred graph; asserted triples never enter it.
 *
 * <p>Each rule's WHERE is run as a SELECT so that every derivation's premises are known (the rule's triple patterns,
 * instantiated with the solution): an entailed triple rests on every claim whose graph holds a premise of one of its
 * derivations, or which a premise that is itself entailed rests on. The rules are CONSTRUCT over basic graph patterns
 * with FILTERs (and UNIONs of them), so a solution's bound patterns are exactly the triples it matched.
 */
public final class Inference {
    private final List<Rule> rules;

    private Inference(Collection<SparqlFile> files) {
        this.rules =
                files.stream().map(f -> Rule.of(QueryFactory.create(f.text()))).toList();
    }

    private static final Inference STANDARD =
            new Inference(SparqlFiles.fromClasspath("inference").values());

    /** The rules Parley ships. */
    public static Inference standard() {
        return STANDARD;
    }

    /** What the rules entail beyond the asserted triples, and for each entailed triple the claims it rests on. */
    public record Entailments(Graph inferred, Map<Triple, Set<Node>> restsOn) {}

    /**
     * Adds to {@code union} (every triple of every named graph, the entailments so far included) what the rules
     * entail from it, round after round until a round adds nothing.
     *
     * @return the entailed triples that were not in {@code union} already: the content of the inferred graph
     */
    Graph materialise(Graph union) {
        return materialise(union, Map.of()).inferred();
    }

    /**
     * The same, following each entailment back to the claims it rests on: {@code claimsHolding} gives, for each
     * triple of a claim graph, the claims whose graphs hold it. Rounds go on until neither the triples nor the
     * claims they rest on change.
     */
    Entailments materialise(Graph union, Map<Triple, Set<Node>> claimsHolding) {
        DatasetGraph view = DatasetGraphFactory.wrap(union);
        Graph inferred = GraphMemFactory.createDefaultGraph();
        Map<Triple, Set<Node>> restsOn = new HashMap<>();
        boolean changed;
        do {
            changed = false;
            for (Rule rule : rules) {
                List<Triple> fresh = new ArrayList<>();
                Map<Triple, Set<Node>> found = new HashMap<>();
                try (QueryExec exec =
                        QueryExec.dataset(view).query(rule.select()).build()) {
                    RowSet rows = exec.select();
                    while (rows.hasNext()) {
                        Binding row = rows.next();
                        Set<Node> claims = new HashSet<>();
                        for (Triple premise : rule.premises()) {
                            Triple t = Substitute.substitute(premise, row);
                            if (!t.isConcrete()) continue; // a pattern of the UNION branch this solution did not take
                            claims.addAll(claimsHolding.getOrDefault(t, Set.of()));
                            claims.addAll(restsOn.getOrDefault(t, Set.of()));
                        }
                        for (Triple template : rule.conclusions()) {
                            Triple t = Substitute.substitute(template, row);
                            if (!isWellFormed(t)) continue;
                            if (!union.contains(t)) fresh.add(t);
                            else if (!inferred.contains(t)) continue; // asserted: it rests on its own claims
                            if (!claims.isEmpty())
                                found.computeIfAbsent(t, k -> new HashSet<>()).addAll(claims);
                        }
                    }
                }
                for (Triple t : fresh)
                    if (!union.contains(t)) {
                        union.add(t);
                        inferred.add(t);
                        changed = true;
                    }
                for (Map.Entry<Triple, Set<Node>> e : found.entrySet())
                    if (restsOn.computeIfAbsent(e.getKey(), k -> new HashSet<>())
                            .addAll(e.getValue())) changed = true;
            }
        } while (changed);
        return new Entailments(inferred, restsOn);
    }

    /** One application of a rule: the triple it concludes and the triples its patterns matched. */
    record Derivation(Triple conclusion, List<Triple> premises) {}

    /**
     * Every derivation over {@code graph} that has {@code premise} among its premises: each rule is matched with one of
     * its patterns bound to the triple, so the work is a few index lookups, not a pass over the graph.
     */
    void derivationsUsing(Triple premise, Graph graph, Consumer<Derivation> each) {
        for (Rule rule : rules)
            for (RuleBody.Alternative alternative : rule.body().alternatives())
                for (Triple pattern : alternative.patterns()) {
                    Binding bound = RuleBody.unify(pattern, premise, BindingFactory.empty());
                    if (bound == null) continue;
                    RuleBody.solve(alternative, graph, bound, row -> {
                        List<Triple> premises = instantiate(alternative.patterns(), row);
                        for (Triple template : rule.conclusions()) {
                            Triple t = Substitute.substitute(template, row);
                            if (isWellFormed(t)) each.accept(new Derivation(t, premises));
                        }
                    });
                }
    }

    /** The premises of every derivation over {@code graph} that concludes {@code conclusion}. */
    void derivationsOf(Triple conclusion, Graph graph, Consumer<List<Triple>> each) {
        for (Rule rule : rules)
            for (Triple template : rule.conclusions()) {
                Binding bound = RuleBody.unify(template, conclusion, BindingFactory.empty());
                if (bound == null) continue;
                for (RuleBody.Alternative alternative : rule.body().alternatives())
                    RuleBody.solve(
                            alternative, graph, bound, row -> each.accept(instantiate(alternative.patterns(), row)));
            }
    }

    private static List<Triple> instantiate(List<Triple> patterns, Binding row) {
        List<Triple> premises = new ArrayList<>(patterns.size());
        for (Triple pattern : patterns) premises.add(Substitute.substitute(pattern, row));
        return premises;
    }

    /** What a CONSTRUCT keeps of an instantiated template triple. */
    private static boolean isWellFormed(Triple t) {
        return t.isConcrete() && !t.getSubject().isLiteral() && t.getPredicate().isURI();
    }

    /** A rule's WHERE as a SELECT of every variable, its template, and the triple patterns of its WHERE. */
    private record Rule(Query select, List<Triple> conclusions, List<Triple> premises, RuleBody body) {
        static Rule of(Query construct) {
            Query select = construct.cloneQuery();
            select.setQuerySelectType();
            select.setQueryResultStar(true);
            List<Triple> premises = new ArrayList<>();
            ElementWalker.walk(construct.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementPathBlock block) {
                    block.getPattern().forEach(path -> {
                        if (!path.isTriple())
                            throw new IllegalStateException("An inference rule uses a property path: " + path);
                        premises.add(path.asTriple());
                    });
                }
            });
            return new Rule(
                    select,
                    construct.getConstructTemplate().getTriples(),
                    List.copyOf(premises),
                    RuleBody.of(construct.getQueryPattern()));
        }
    }
}
