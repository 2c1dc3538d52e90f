package org.w3id.parley.load;

import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Distinct;
import org.apache.jena.sparql.path.P_FixedLength;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_Multi;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_OneOrMoreN;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.P_Shortest;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMoreN;
import org.apache.jena.sparql.path.P_ZeroOrOne;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathVisitor;

/**
 * The lookups a property path makes (a {@code sh:path}, or a path in a SPARQL pattern), added to a
 * {@link ShapeReadsCompiler} between two states. A repeated path of any kind ({@code *}, {@code +}, {@code ?},
 * {@code {n,m}}) becomes a loop, read any number of times: a superset of what the path reads, so never less.
 * A negated property set reads every predicate both ways, for the same reason.
 */
final class PathSteps implements PathVisitor {
    private final ShapeReadsCompiler compiler;
    private final int from;
    private final int to;
    private final boolean inverse;

    PathSteps(ShapeReadsCompiler compiler, int from, int to, boolean inverse) {
        this.compiler = compiler;
        this.from = from;
        this.to = to;
        this.inverse = inverse;
    }

    private ShapeReads.Move forwards() {
        return inverse ? ShapeReads.Move.SUBJECT : ShapeReads.Move.OBJECT;
    }

    private ShapeReads.Move backwards() {
        return inverse ? ShapeReads.Move.OBJECT : ShapeReads.Move.SUBJECT;
    }

    private void repeated(P_Path1 path) {
        int loop = compiler.newState();
        compiler.step(from, loop, ShapeReads.Move.SAME_NODE, null);
        compiler.path(path.getSubPath(), loop, loop, inverse);
        compiler.step(loop, to, ShapeReads.Move.SAME_NODE, null);
    }

    @Override
    public void visit(P_Link path) {
        compiler.step(from, to, forwards(), path.getNode());
    }

    @Override
    public void visit(P_ReverseLink path) {
        compiler.step(from, to, backwards(), path.getNode());
    }

    @Override
    public void visit(P_NegPropSet path) {
        compiler.step(from, to, ShapeReads.Move.OBJECT, null);
        compiler.step(from, to, ShapeReads.Move.SUBJECT, null);
    }

    @Override
    public void visit(P_Inverse path) {
        compiler.path(path.getSubPath(), from, to, !inverse);
    }

    @Override
    public void visit(P_Seq path) {
        int middle = compiler.newState();
        Path first = inverse ? path.getRight() : path.getLeft();
        Path second = inverse ? path.getLeft() : path.getRight();
        compiler.path(first, from, middle, inverse);
        compiler.path(second, middle, to, inverse);
    }

    @Override
    public void visit(P_Alt path) {
        compiler.path(path.getLeft(), from, to, inverse);
        compiler.path(path.getRight(), from, to, inverse);
    }

    @Override
    public void visit(P_Mod path) {
        repeated(path);
    }

    @Override
    public void visit(P_FixedLength path) {
        repeated(path);
    }

    @Override
    public void visit(P_Distinct path) {
        repeated(path);
    }

    @Override
    public void visit(P_Multi path) {
        repeated(path);
    }

    @Override
    public void visit(P_Shortest path) {
        repeated(path);
    }

    @Override
    public void visit(P_ZeroOrOne path) {
        repeated(path);
    }

    @Override
    public void visit(P_ZeroOrMore1 path) {
        repeated(path);
    }

    @Override
    public void visit(P_ZeroOrMoreN path) {
        repeated(path);
    }

    @Override
    public void visit(P_OneOrMore1 path) {
        repeated(path);
    }

    @Override
    public void visit(P_OneOrMoreN path) {
        repeated(path);
    }
}
