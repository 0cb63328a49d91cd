import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useNetwork } from '../api/get-network';
import { SECTOR_COLOURS } from '../colours';
import type { FigureProps } from '../figures-props';
import { labelOf } from '../figures-props';
import { SECTORS, type ActorHref } from '../model';
import { useCsvHref, useNumbers } from '../use-figure';
import { DataTable } from './data-table';
import { FigureSection } from './figure-section';
import { drawnPart, MAX_DRAWN_NODES, NetworkGraph } from './network-graph';

/** The collaboration network: the graph (best-connected part) and every actor in its table. */
export function NetworkSection({ query, actorHref }: FigureProps & { actorHref: ActorHref }) {
  const { t } = useI18n();
  const n = useNumbers();
  const navigate = useNavigate();
  const result = useNetwork(query);
  const csv = useCsvHref('network', query);
  const title = t('insights.network.title');
  const sector = (value: string) => labelOf(t, `sector.${value}`, value);
  return (
    <FigureSection
      id="network"
      title={title}
      definition={t('insights.network.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.nodes.length === 0}
      emptyText={t('insights.noCollaborations')}
    >
      {(data) => {
        const drawn = drawnPart(data.nodes, data.edges);
        const nodes = [...data.nodes].sort((a, b) => b.partners - a.partners || b.betweenness - a.betweenness);
        return (
          <>
            {data.nodes.length > MAX_DRAWN_NODES && (
              <p className="notice">{t('insights.network.capped', { shown: MAX_DRAWN_NODES, total: data.nodes.length })}</p>
            )}
            <ul className="insight-legend" aria-label={t('insights.network.legend')}>
              {SECTORS.map((s) => (
                <li key={s}>
                  <span className="insight-legend__swatch" style={{ background: SECTOR_COLOURS[s] }} aria-hidden="true" /> {sector(s)}
                </li>
              ))}
            </ul>
            <NetworkGraph
              nodes={drawn.nodes}
              edges={drawn.edges}
              label={t('insights.network.canvas', { nodes: drawn.nodes.length, edges: drawn.edges.length })}
              onSelect={(slug) => void navigate(actorHref(slug))}
            />
            <DataTable
              caption={t('insights.network.caption', { nodes: data.nodes.length, edges: data.edges.length })}
              rows={nodes}
              rowKey={(row) => row.id}
              columns={[
                { header: t('insights.column.actor'), cell: (row) => <Link to={actorHref(row.slug)}>{row.name}</Link> },
                { header: t('insights.column.sector'), cell: (row) => sector(row.sector) },
                { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
                { header: t('insights.column.partners'), cell: (row) => n.count(row.partners), numeric: true },
                { header: t('insights.column.sectorsBridged'), cell: (row) => n.count(row.sectorsBridged), numeric: true },
                { header: t('insights.column.betweenness'), cell: (row) => n.decimal(row.betweenness), numeric: true },
                { header: t('insights.column.coordinator'), cell: (row) => n.count(row.coordinator), numeric: true },
                { header: t('insights.column.gatekeeper'), cell: (row) => n.count(row.gatekeeper), numeric: true },
                { header: t('insights.column.representative'), cell: (row) => n.count(row.representative), numeric: true },
                { header: t('insights.column.itinerant'), cell: (row) => n.count(row.itinerant), numeric: true },
                { header: t('insights.column.liaison'), cell: (row) => n.count(row.liaison), numeric: true },
              ]}
            />
          </>
        );
      }}
    </FigureSection>
  );
}
