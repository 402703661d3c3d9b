import { type MaterialKind, TIER_LEVEL_LABELS, TIER_LEVELS, type TierLevel } from '@rollout/core';
import { freshId } from '../lib/edit.js';
import { usePlan } from './context.js';
import { Group, NumberField, SelectField, TextField } from './fields.js';
import { t } from './i18n.js';
import { AddButton, ItemCard, ItemTools } from './list-tools.js';

function TiersEditor() {
  const { plan, edit, names } = usePlan();
  const list = plan.tiers;
  return (
    <Group legend={t('Các cấp (từ trên xuống)', 'Tiers (top down)')} id="sec-tiers">
      {list.map((tier, i) => (
        <ItemCard
          key={tier.id}
          id={`item-tiers-${i}`}
          title={tier.name || t(`Cấp ${i + 1}`, `Tier ${i + 1}`)}
          tools={
            <ItemTools
              path={['tiers']}
              index={i}
              count={list.length}
              name={tier.name}
              usedBy={plan.sessions
                .filter((s) => s.tier === tier.id)
                .map((s) => names.activity(s.id))}
            />
          }
        >
          <div class="row">
            <TextField
              path={['tiers', i, 'name']}
              label={t('Tên cấp', 'Name')}
              required
              value={tier.name}
            />
            <SelectField
              path={['tiers', i, 'level']}
              label={t('Tương ứng cấp', 'Level')}
              value={tier.level}
              options={TIER_LEVELS.map((l: TierLevel) => ({
                value: l,
                label: TIER_LEVEL_LABELS[l][t('vi', 'en') as 'vi' | 'en'],
              }))}
              onValue={(v) => v && edit(['tiers', i, 'level'], v)}
            />
          </div>
          <TextField
            path={['tiers', i, 'unitKinds']}
            label={t(
              'Các loại đơn vị ở cấp này (“và tương đương”), cách nhau bằng dấu ;',
              'Unit kinds at this tier (“and equivalent”), separated by ;',
            )}
            value={tier.unitKinds?.join('; ')}
            onValue={(v) =>
              edit(
                ['tiers', i, 'unitKinds'],
                v === undefined
                  ? undefined
                  : v
                      .split(';')
                      .map((x) => x.trim())
                      .filter(Boolean),
              )
            }
          />
        </ItemCard>
      ))}
      <AddButton
        path={['tiers']}
        label={t('Thêm cấp', 'Add a tier')}
        item={{
          id: freshId(
            'tier',
            list.map((x) => x.id),
          ),
          level: 'branch',
          name: '',
        }}
      />
    </Group>
  );
}

function AudiencesEditor() {
  const { plan, edit, names } = usePlan();
  const list = plan.audiences;
  return (
    <Group legend={t('Thành phần tham dự', 'Audiences')} id="sec-audiences">
      {list.map((a, i) => (
        <ItemCard
          key={a.id}
          id={`item-audiences-${i}`}
          title={a.name || t(`Thành phần ${i + 1}`, `Audience ${i + 1}`)}
          tools={
            <ItemTools
              path={['audiences']}
              index={i}
              count={list.length}
              name={a.name}
              usedBy={plan.sessions
                .filter((s) => s.audiences.includes(a.id))
                .map((s) => names.activity(s.id))}
            />
          }
        >
          <TextField
            path={['audiences', i, 'name']}
            label={t('Thành phần', 'Audience')}
            required
            multiline
            value={a.name}
          />
          <div class="row">
            <SelectField
              path={['audiences', i, 'tier']}
              label={t('Thuộc cấp', 'Tier')}
              value={a.tier ?? ''}
              options={[
                { value: '', label: t('(nhiều cấp)', '(several tiers)') },
                ...plan.tiers.map((x) => ({ value: x.id, label: x.name })),
              ]}
              onValue={(v) => edit(['audiences', i, 'tier'], v || undefined)}
            />
            <NumberField
              path={['audiences', i, 'expected']}
              label={t('Số người dự kiến', 'Expected head count')}
              value={a.expected}
              onValue={(n) => edit(['audiences', i, 'expected'], n)}
            />
          </div>
        </ItemCard>
      ))}
      <AddButton
        path={['audiences']}
        label={t('Thêm thành phần', 'Add an audience')}
        item={{
          id: freshId(
            'aud',
            list.map((x) => x.id),
          ),
          name: '',
        }}
      />
    </Group>
  );
}

const MATERIAL_KINDS: Record<MaterialKind, [string, string]> = {
  resolution: ['Nghị quyết', 'The resolution'],
  scheme: ['Đề án', 'Scheme'],
  plan: ['Kế hoạch cấp trên', "Upper tier's plan"],
  'action-plan': ['Chương trình, kế hoạch hành động', 'Action plan'],
  guide: ['Tài liệu hướng dẫn', 'Guide'],
  other: ['Tài liệu khác', 'Other'],
};

function MaterialsEditor() {
  const { plan, edit } = usePlan();
  const list = plan.materials;
  return (
    <Group legend={t('Tài liệu học tập', 'Study materials')} id="sec-materials">
      {list.map((m, i) => (
        <ItemCard
          key={m.id}
          id={`item-materials-${i}`}
          title={m.title || t(`Tài liệu ${i + 1}`, `Material ${i + 1}`)}
          tools={<ItemTools path={['materials']} index={i} count={list.length} name={m.title} />}
        >
          <TextField
            path={['materials', i, 'title']}
            label={t('Tên tài liệu', 'Title')}
            required
            multiline
            value={m.title}
          />
          <div class="row">
            <SelectField
              path={['materials', i, 'kind']}
              label={t('Loại', 'Kind')}
              value={m.kind}
              options={(Object.keys(MATERIAL_KINDS) as MaterialKind[]).map((k) => ({
                value: k,
                label: t(MATERIAL_KINDS[k][0], MATERIAL_KINDS[k][1]),
              }))}
              onValue={(v) => v && edit(['materials', i, 'kind'], v)}
            />
            <TextField
              path={['materials', i, 'issuer']}
              label={t('Cơ quan ban hành', 'Issued by')}
              value={m.issuer}
            />
            <SelectField
              path={['materials', i, 'resolution']}
              label={t('Là nghị quyết', 'Is the resolution')}
              value={m.resolution ?? ''}
              options={[
                { value: '', label: '—' },
                ...plan.resolutions.map((r) => ({ value: r.id, label: r.reference })),
              ]}
              onValue={(v) => edit(['materials', i, 'resolution'], v || undefined)}
            />
          </div>
        </ItemCard>
      ))}
      <AddButton
        path={['materials']}
        label={t('Thêm tài liệu', 'Add a material')}
        item={{
          id: freshId(
            'mat',
            list.map((x) => x.id),
          ),
          kind: 'other',
          title: '',
        }}
      />
    </Group>
  );
}

/** Tiers, audiences and materials. */
export function StructureTab() {
  return (
    <div class="editor">
      <TiersEditor />
      <AudiencesEditor />
      <MaterialsEditor />
    </div>
  );
}
