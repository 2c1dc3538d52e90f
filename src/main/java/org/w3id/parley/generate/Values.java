package org.w3id.parley.generate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.parley.vocab.ParleyId;

/** The nodes the generator mints: IRIs under {@link ParleyId#GENERATED} and the literals its templates write. */
final class Values {

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node gen(String path) {
        return uri(ParleyId.GENERATED + path);
    }

    static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    static Node string(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node offset(int codePoints) {
        return NodeFactory.createLiteralDT(Integer.toString(codePoints), XSDDatatype.XSDnonNegativeInteger);
    }

    static Node dateTime(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdateTime);
    }

    private Values() {}
}
