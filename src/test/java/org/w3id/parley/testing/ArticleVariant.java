package org.w3id.parley.testing;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.parley.vocab.Parley;

/**
 * What a file of a {@link GrowingCorpus} may hold in place of its article as generated: each variant changes what
 * incremental maintenance has to get right. The chain of an article runs withdrawal → start of negotiations → (its own
 * steps) → later round; the withdrawal, the start and the later round are the negotiation's, shared by its three
 * articles.
 */
public enum ArticleVariant {
    /** The article as generated. */
    ORIGINAL {
        @Override
        void applyTo(ArticleQuads article) {}
    },
    /**
     * Without the chain's second link (and the claim stating it): the transitive closure loses what only this link
     * gave, and the entailments that stay lose this claim from what they rest on.
     */
    WITHOUT_LINK {
        @Override
        void applyTo(ArticleQuads article) {
            article.remove(article.chainLinks().get(1));
        }
    },
    /**
     * With a claim, asserted by the author, that the later round is a precondition for the withdrawal: the chain
     * becomes a cycle, and every item on it a precondition for itself, in the inferred graph and the reading view.
     */
    WITH_CYCLE {
        @Override
        void applyTo(ArticleQuads article) {
            List<Node> links = article.chainLinks();
            Node withdrawal =
                    article.asserted(links.get(0), Parley.isPreconditionFor).getSubject();
            Node laterRound = article.asserted(links.get(links.size() - 1), Parley.isPreconditionFor)
                    .getObject();
            article.add(
                    "cycle",
                    "The later round of negotiations is a precondition for the withdrawal",
                    Parley.asserted,
                    Triple.create(laterRound, Parley.isPreconditionFor, withdrawal),
                    links.get(0));
        }
    },
    /**
     * With a claim, asserted by the author, that the withdrawal leads to the start of negotiations: in the reading view
     * unless another file of the negotiation asserts {@link #DOES_NOT_LEAD} (a conflict drops both).
     */
    LEADS {
        @Override
        void applyTo(ArticleQuads article) {
            conflicting(article, Parley.leadsTo, "leads to");
        }
    },
    /** The other side of {@link #LEADS}. */
    DOES_NOT_LEAD {
        @Override
        void applyTo(ArticleQuads article) {
            conflicting(article, Parley.doesNotLeadTo, "does not lead to");
        }
    },
    /**
     * With the chain's first link restated: asserted by the author when it was a position (so it enters the reading
     * view and its closure), reported when the author asserted it (so it leaves them).
     */
    RESTATED {
        @Override
        void applyTo(ArticleQuads article) {
            Node first = article.chainLinks().get(0);
            article.restate(
                    first, article.modalityOf(first).equals(Parley.asserted) ? Parley.reported : Parley.asserted);
        }
    };

    abstract void applyTo(ArticleQuads article);

    private static void conflicting(ArticleQuads article, Node property, String words) {
        Node first = article.chainLinks().get(0);
        Triple link = article.asserted(first, Parley.isPreconditionFor);
        article.add(
                property.getLocalName(),
                "The withdrawal " + words + " the start of negotiations",
                Parley.asserted,
                Triple.create(link.getSubject(), property, link.getObject()),
                first);
    }
}
