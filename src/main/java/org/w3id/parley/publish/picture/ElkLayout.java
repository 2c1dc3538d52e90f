package org.w3id.parley.publish.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link NegotiationGraph} out with the Eclipse Layout Kernel's layered (Sugiyama) algorithm, left to right,
 * edges routed orthogonally, captions in the middle of their edges. The input order is the graph's fixed order and the
 * random seed is fixed, so the same graph gets the same coordinates every time.
 */
final class ElkLayout {
    static final double PADDING = 12;

    private ElkLayout() {}

    static Drawing layout(NegotiationGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 18.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 3.0);
        root.setProperty(LayeredOptions.PADDING, new ElkPadding(PADDING));

        Map<String, ElkNode> nodes = new HashMap<>();
        Map<ElkNode, List<String>> lines = new HashMap<>();
        for (Vertex v : graph.vertices()) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(v.iri());
            List<String> text = LabelMetrics.lines(v.label());
            node.setDimensions(LabelMetrics.width(text), LabelMetrics.height(text));
            nodes.put(v.iri(), node);
            lines.put(node, text);
        }
        List<ElkEdge> edges = new ArrayList<>();
        for (Edge e : graph.edges()) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(e.from()), nodes.get(e.to()));
            ElkLabel label = ElkGraphUtil.createLabel(e.caption(), edge);
            label.setDimensions(LabelMetrics.edgeLabelWidth(e.caption()), LabelMetrics.EDGE_LABEL_HEIGHT);
            label.setProperty(LayeredOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            edges.add(edge);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<Drawing.Box> boxes = new ArrayList<>();
        for (Vertex v : graph.vertices()) {
            ElkNode n = nodes.get(v.iri());
            boxes.add(new Drawing.Box(v, n.getX(), n.getY(), n.getWidth(), n.getHeight(), lines.get(n)));
        }
        List<Drawing.Path> paths = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            ElkEdge edge = edges.get(i);
            List<Drawing.Point> points = new ArrayList<>();
            for (ElkEdgeSection s : edge.getSections()) {
                points.add(new Drawing.Point(s.getStartX(), s.getStartY()));
                for (ElkBendPoint b : s.getBendPoints()) points.add(new Drawing.Point(b.getX(), b.getY()));
                points.add(new Drawing.Point(s.getEndX(), s.getEndY()));
            }
            ElkLabel label = edge.getLabels().get(0);
            paths.add(new Drawing.Path(graph.edges().get(i), points, label.getX(), label.getY()));
        }
        return new Drawing(root.getWidth(), root.getHeight(), boxes, paths);
    }
}
