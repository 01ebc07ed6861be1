import { EntityOrphanWarning, EntityProcessingErrorsPanel, EntitySwitch, hasCatalogProcessingErrors, isOrphan } from '@backstage/plugin-catalog';
import { EntityContentLayoutProps } from '@backstage/plugin-catalog-react/alpha';
import { Box, Grid } from '@backstage/ui';
import { RelationWarning } from './RelationWarning';

/**
 * The Overview of every entity: the catalog's warnings (with a relation warning that names no
 * entity the reader may not see), the info cards beside the content cards.
 */
export function EntityOverviewLayout(props: EntityContentLayoutProps) {
  const info = props.cards.filter(c => c.type === 'info');
  const content = props.cards.filter(c => !c.type || c.type === 'content');
  return (
    <>
      <Box mb="4">
        <EntitySwitch>
          <EntitySwitch.Case if={isOrphan}>
            <EntityOrphanWarning />
          </EntitySwitch.Case>
        </EntitySwitch>
        <RelationWarning />
        <EntitySwitch>
          <EntitySwitch.Case if={hasCatalogProcessingErrors}>
            <EntityProcessingErrorsPanel />
          </EntitySwitch.Case>
        </EntitySwitch>
      </Box>
      <Grid.Root columns={{ initial: '1', md: info.length ? '3' : '1' }} gap="4">
        <Grid.Item colSpan={{ initial: '1', md: info.length ? '2' : '1' }}>
          <Box style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
            {content.map((c, i) => (
              <div key={c.element.key ?? i}>{c.element}</div>
            ))}
          </Box>
        </Grid.Item>
        {info.length > 0 && (
          <Grid.Item>
            <Box style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
              {info.map((c, i) => (
                <div key={c.element.key ?? i}>{c.element}</div>
              ))}
            </Box>
          </Grid.Item>
        )}
      </Grid.Root>
    </>
  );
}
