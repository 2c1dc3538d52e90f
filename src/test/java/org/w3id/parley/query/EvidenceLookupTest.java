package org.w3id.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.junit.jupiter.api.Test;

class EvidenceLookupTest {

    @Test
    void claimColumnsAreNamedClaimOrEndInClaimOrClaims() {
        assertTrue(EvidenceLookup.isClaimColumn("claim"));
        assertTrue(EvidenceLookup.isClaimColumn("refuserClaim"));
        assertTrue(EvidenceLookup.isClaimColumn("claims"));
        assertTrue(EvidenceLookup.isClaimColumn("linkClaims"));
        assertFalse(EvidenceLookup.isClaimColumn("claimLabel"));
        assertFalse(EvidenceLookup.isClaimColumn("acclaimed"));
    }

    @Test
    void aRowNamesItsClaimsInColumnOrderWithoutRepeats() {
        Var claim = Var.alloc("claim"),
                other = Var.alloc("refuserClaim"),
                list = Var.alloc("claims"),
                label = Var.alloc("label");
        Binding row = BindingBuilder.create()
                .add(claim, NodeFactory.createURI("http://example.org/c1"))
                .add(other, NodeFactory.createURI("http://example.org/c2"))
                .add(
                        list,
                        NodeFactory.createLiteralString(
                                "http://example.org/c3 http://example.org/c1  http://example.org/c4"))
                .add(label, NodeFactory.createLiteralString("http://example.org/not-a-claim"))
                .build();
        assertEquals(
                List.of(
                        "http://example.org/c1",
                        "http://example.org/c2",
                        "http://example.org/c3",
                        "http://example.org/c4"),
                EvidenceLookup.claimsOf(row, List.of(claim, other, list, label)));
    }
}
