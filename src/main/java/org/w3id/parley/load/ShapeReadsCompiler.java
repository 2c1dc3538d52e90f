package org.w3id.parley.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ClosedConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintComponentSPARQL;
import org.apache.jena.shacl.engine.constraint.ConstraintPairwise;
import org.apache.jena.shacl.engine.constraint.DisjointConstraint;
import org.apache.jena.shacl.engine.constraint.EqualsConstraint;
import org.apache.jena.shacl.engine.constraint.LessThanConstraint;
import org.apache.jena.shacl.engine.constraint.LessThanOrEqualsConstraint;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.ShAnd;
import org.apache.jena.shacl.engine.constraint.ShNode;
import org.apache.jena.shacl.engine.constraint.ShNot;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.engine.constraint.ShXone;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.ConstraintVisitorBase;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Builds {@link ShapeReads} from parsed shapes, following what Jena's validator reads (VLib, ShaclPaths and the
 * constraint classes of jena-shacl 5): a shape's entry state holds its focus node; a property shape walks its path
 * to the value nodes; the constraints on the value nodes read, on top of the node itself,
 * <ul>
 * <li>{@code sh:class}: {@code rdf:type/rdfs:subClassOf*} (as {@code G.isOfType} does);</li>
 * <li>{@code sh:node}, {@code sh:not}, {@code sh:and}, {@code sh:or}, {@code sh:xone}, {@code sh:qualifiedValueShape}
 *     and nested {@code sh:property}: all the other shape reads, from the value node (a qualified value shape with
 *     {@code sh:qualifiedValueShapesDisjoint} also its siblings': over-approximated by every qualified value shape);</li>
 * <li>{@code sh:equals}, {@code sh:disjoint}, {@code sh:lessThan}, {@code sh:lessThanOrEquals}: the other property of
 *     the focus node;</li>
 * <li>{@code sh:closed}: every property of the value node;</li>
 * <li>{@code sh:sparql}: the query's triple patterns, from {@code $this} ({@link SparqlReads});</li>
 * <li>the other components (datatype, node kind, counts, lengths, patterns, languages, values, {@code sh:hasValue},
 *     {@code sh:in}) only the value nodes themselves, which the path already found.</li>
 * </ul>
 * A SPARQL-based constraint component or a SHACL-AF target reads what its own query says and is refused
 * ({@link UnboundedShapes}), as is any shape class this compiler does not know.
 */
final class ShapeReadsCompiler {
    private int states = ShapeReads.TARGETS + 1;
    private final List<ShapeReads.Step> steps = new ArrayList<>();
    private final Map<Integer, Shape> roots = new HashMap<>();
    private final Map<Integer, Node> fixed = new HashMap<>();
    private final Map<Node, Integer> entries = new HashMap<>();
    private final List<Integer> qualifiedEntries = new ArrayList<>();
    private final List<Integer> disjointQualifiedValues = new ArrayList<>();
    /** Reads nothing further: a lookup's results that are themselves only compared. */
    private final int sink = newState();
    /** A node whose classes are read: its types, then their super-classes. */
    private final int typed = newState();

    static ShapeReads compile(Shapes shapes) {
        ShapeReadsCompiler compiler = new ShapeReadsCompiler();
        compiler.step(compiler.typed, compiler.typed, ShapeReads.Move.OBJECT, RDFS.subClassOf.asNode());
        for (Shape shape : shapes.getTargetShapes()) {
            int root = compiler.newState();
            compiler.roots.put(root, shape);
            compiler.step(root, compiler.entry(shape), ShapeReads.Move.SAME_NODE, null);
            shape.getTargets().forEach(target -> compiler.targetReads(shape, target));
        }
        for (int values : compiler.disjointQualifiedValues)
            for (int sibling : compiler.qualifiedEntries)
                compiler.step(values, sibling, ShapeReads.Move.SAME_NODE, null);
        return new ShapeReads(compiler.steps, compiler.roots, compiler.fixed);
    }

    int newState() {
        return states++;
    }

    void step(int from, int to, ShapeReads.Move move, Node predicate) {
        steps.add(new ShapeReads.Step(from, to, move, predicate));
    }

    /** {@code state} stands for the constant {@code node} only (a SPARQL query's IRI or literal). */
    void fix(int state, Node node) {
        fixed.put(state, node);
    }

    /** Adds the reads of {@code path} from the node at {@code from} (backwards if {@code inverse}) to its ends at {@code to}. */
    void path(Path path, int from, int to, boolean inverse) {
        path.visit(new PathSteps(this, from, to, inverse));
    }

    private void targetReads(Shape shape, Target target) {
        Node object = target.getObject();
        switch (target.getTargetType()) {
            case targetClass, implicitClass ->
                step(ShapeReads.TARGETS, typed, ShapeReads.Move.OBJECT, RDF.type.asNode());
            case targetSubjectsOf -> step(ShapeReads.TARGETS, sink, ShapeReads.Move.OBJECT, object);
            case targetObjectsOf -> step(ShapeReads.TARGETS, sink, ShapeReads.Move.SUBJECT, object);
            case targetNode -> {}
            default -> throw new UnboundedShapes(shape, "its target " + target + " is found by a query");
        }
    }

    /** The state holding a focus node of {@code shape}, its reads added on first use (shapes may refer to each other). */
    private int entry(Shape shape) {
        Integer known = entries.get(shape.getShapeNode());
        if (known != null) return known;
        int entry = newState();
        entries.put(shape.getShapeNode(), entry);
        int values = entry;
        if (shape instanceof PropertyShape property) {
            values = newState();
            path(property.getPath(), entry, values, false);
        } else if (!shape.isNodeShape()) {
            throw new UnboundedShapes(shape, "it is neither a node shape nor a property shape");
        }
        ConstraintReads reads = new ConstraintReads(shape, entry, values);
        for (Constraint constraint : shape.getConstraints()) constraint.visit(reads);
        for (PropertyShape property : shape.getPropertyShapes())
            step(values, entry(property), ShapeReads.Move.SAME_NODE, null);
        return entry;
    }

    /** What one constraint reads beyond the value nodes, from the focus node ({@code entry}) or the value nodes. */
    private final class ConstraintReads extends ConstraintVisitorBase {
        private final Shape shape;
        private final int entry;
        private final int values;

        ConstraintReads(Shape shape, int entry, int values) {
            this.shape = shape;
            this.entry = entry;
            this.values = values;
        }

        private void shapeOnValues(Shape other) {
            step(values, entry(other), ShapeReads.Move.SAME_NODE, null);
        }

        private void otherProperty(ConstraintPairwise constraint) {
            step(entry, sink, ShapeReads.Move.OBJECT, constraint.getValue());
        }

        @Override
        public void visit(ClassConstraint constraint) {
            step(values, typed, ShapeReads.Move.OBJECT, RDF.type.asNode());
        }

        @Override
        public void visit(ShNode constraint) {
            shapeOnValues(constraint.getOther());
        }

        @Override
        public void visit(ShNot constraint) {
            shapeOnValues(constraint.getOther());
        }

        @Override
        public void visit(ShAnd constraint) {
            constraint.getOthers().forEach(this::shapeOnValues);
        }

        @Override
        public void visit(ShOr constraint) {
            constraint.getOthers().forEach(this::shapeOnValues);
        }

        @Override
        public void visit(ShXone constraint) {
            constraint.getOthers().forEach(this::shapeOnValues);
        }

        @Override
        public void visit(QualifiedValueShape constraint) {
            int sub = entry(constraint.getSub());
            step(values, sub, ShapeReads.Move.SAME_NODE, null);
            qualifiedEntries.add(sub);
            if (constraint.qDisjoint()) disjointQualifiedValues.add(values);
        }

        @Override
        public void visit(EqualsConstraint constraint) {
            otherProperty(constraint);
        }

        @Override
        public void visit(DisjointConstraint constraint) {
            otherProperty(constraint);
        }

        @Override
        public void visit(LessThanConstraint constraint) {
            otherProperty(constraint);
        }

        @Override
        public void visit(LessThanOrEqualsConstraint constraint) {
            otherProperty(constraint);
        }

        @Override
        public void visit(ClosedConstraint constraint) {
            step(values, sink, ShapeReads.Move.OBJECT, null);
        }

        @Override
        public void visit(SparqlConstraint constraint) {
            SparqlReads.add(ShapeReadsCompiler.this, shape, constraint.getQuery(), entry);
        }

        @Override
        public void visit(ConstraintComponentSPARQL constraint) {
            throw new UnboundedShapes(shape, "it uses a SPARQL-based constraint component (" + constraint + ")");
        }
    }
}
