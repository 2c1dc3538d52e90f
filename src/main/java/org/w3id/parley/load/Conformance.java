package org.w3id.parley.load;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * What a load does with what validation finds. A load in one batch fails at once. A load in batches validates each
 * batch against the store as it stands then, where a node may still lack what a later batch of the same load brings
 * (an item whose other half is in the next file): it keeps the nodes that failed, forgets those that pass when a
 * later batch validates them again, and before it commits validates the ones left against everything it loaded.
 *
 * <p>That ends with the report a validation of the whole load gives: a node's result can change only with a change
 * that {@link AffectedNodes} counts as affecting it, and every such change has it validated again, so the last result
 * kept for each node is its result in the store the load leaves.
 */
abstract sealed class Conformance {
    final Validation validation;

    private Conformance(Validation validation) {
        this.validation = validation;
    }

    /** Fails on the first report that does not conform. */
    static Conformance atOnce(Validation validation) {
        return new AtOnce(validation);
    }

    /** Keeps failing nodes until {@link #settle}, saying on {@code progress} how many it keeps. */
    static Conformance deferred(Validation validation, Consumer<String> progress) {
        return new Deferred(validation, progress);
    }

    /** Whether failures wait for {@link #settle}. */
    boolean isDeferred() {
        return this instanceof Deferred;
    }

    /** Validates every node of {@code data}. */
    abstract void whole(Graph data, PrefixMap prefixes);

    /** Validates {@code nodes} in {@code data}: the nodes a change affects. */
    abstract void nodes(Graph data, Collection<Node> nodes, PrefixMap prefixes);

    /** Once the whole load is in {@code data}: fails if a node kept as failing still fails. */
    abstract void settle(Graph data, PrefixMap prefixes, Consumer<String> progress);

    private static final class AtOnce extends Conformance {
        AtOnce(Validation validation) {
            super(validation);
        }

        @Override
        void whole(Graph data, PrefixMap prefixes) {
            validation.check(data, prefixes);
        }

        @Override
        void nodes(Graph data, Collection<Node> nodes, PrefixMap prefixes) {
            validation.checkNodes(data, nodes, prefixes);
        }

        @Override
        void settle(Graph data, PrefixMap prefixes, Consumer<String> progress) {}
    }

    private static final class Deferred extends Conformance {
        private final Set<Node> failing = new HashSet<>();
        private final Consumer<String> progress;

        Deferred(Validation validation, Consumer<String> progress) {
            super(validation);
            this.progress = progress;
        }

        @Override
        void whole(Graph data, PrefixMap prefixes) {
            failing.clear();
            keep(validation.report(data));
        }

        @Override
        void nodes(Graph data, Collection<Node> nodes, PrefixMap prefixes) {
            failing.removeAll(nodes);
            keep(validation.report(data, nodes));
        }

        private void keep(ValidationReport report) {
            for (ReportEntry entry : report.getEntries()) failing.add(entry.focusNode());
            if (!failing.isEmpty())
                progress.accept(String.format(
                        "%,d node(s) do not conform so far; a later batch may bring what they lack", failing.size()));
        }

        @Override
        void settle(Graph data, PrefixMap prefixes, Consumer<String> progress) {
            if (failing.isEmpty()) return;
            progress.accept(String.format(
                    "validating again the %,d node(s) that failed before the whole load was in", failing.size()));
            validation.checkNodes(data, failing, prefixes);
        }
    }
}
