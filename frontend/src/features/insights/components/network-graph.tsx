import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import { SECTOR_COLOURS } from '../colours';
import type { NetworkEdge, NetworkNode } from '../model';

/** The most nodes the canvas draws; the table lists every one. */
export const MAX_DRAWN_NODES = 300;

/** The best-connected nodes (most partners, then highest betweenness) and the edges between them. */
export function drawnPart(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[], max = MAX_DRAWN_NODES) {
  const drawn = [...nodes].sort((a, b) => b.partners - a.partners || b.betweenness - a.betweenness).slice(0, max);
  const ids = new Set(drawn.map((node) => node.id));
  return { nodes: drawn, edges: edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)) };
}

/** How many nodes carry their name on the canvas: more would hide the graph under text. */
const LABELLED = 40;

/**
 * The collaboration network drawn with Cytoscape.js: a node per actor coloured by sector and sized
 * by its partners, an edge per pair that share collaborations (thicker for more). A click or tap
 * on a node opens that actor. The canvas has a name; the table beside it is its accessible form.
 */
export function NetworkGraph({
  nodes,
  edges,
  label,
  onSelect,
}: {
  nodes: readonly NetworkNode[];
  edges: readonly NetworkEdge[];
  label: string;
  onSelect: (slug: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // The latest callback without redrawing the graph when only it changed.
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const labelled = new Set(
      [...nodes]
        .sort((a, b) => b.partners - a.partners)
        .slice(0, LABELLED)
        .map((node) => node.id),
    );
    const cy = cytoscape({
      container,
      elements: [
        ...nodes.map((node) => ({
          group: 'nodes' as const,
          data: {
            id: node.id,
            slug: node.slug,
            label: labelled.has(node.id) ? node.name : '',
            colour: SECTOR_COLOURS[node.sector],
            size: 12 + 6 * Math.sqrt(node.partners),
          },
        })),
        ...edges.map((edge) => ({
          group: 'edges' as const,
          data: { id: `${edge.source}|${edge.target}`, source: edge.source, target: edge.target, width: Math.min(1 + edge.weight, 8) },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            width: 'data(size)',
            height: 'data(size)',
            label: 'data(label)',
            'font-size': 10,
            color: '#1a1a1a',
            'text-valign': 'bottom',
            'text-margin-y': 2,
          },
        },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9aa5b1', opacity: 0.7 } },
      ],
      layout: { name: 'cose', animate: false, padding: 30 },
      minZoom: 0.2,
      maxZoom: 4,
    });
    // Fitting a small network would blow it (and its names) up: no closer than 1.5 to begin with.
    const limitZoom = () => {
      if (cy.zoom() > 1.5) {
        cy.zoom(1.5);
        cy.center();
      }
    };
    limitZoom();
    cy.on('layoutstop', limitZoom);
    cy.on('tap', 'node', (event) => {
      const slug: unknown = (event.target as cytoscape.NodeSingular).data('slug');
      if (typeof slug === 'string') onSelectRef.current(slug);
    });
    // A pointer over a node says it can be clicked.
    cy.on('mouseover', 'node', () => {
      container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', () => {
      container.style.cursor = '';
    });
    return () => cy.destroy();
  }, [nodes, edges]);

  return <div ref={ref} role="img" aria-label={label} className="network-graph" />;
}
