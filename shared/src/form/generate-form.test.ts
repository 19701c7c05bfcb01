import { describe, expect, it } from 'vitest';
import { checkFormSchema } from './check-form-schema';
import { demoChain } from './form-fixtures.test-support';
import { formStatus } from './form-status';
import { COMMON_SECTION, generateForm, MATERIALS_SECTION, materialKey, matterSectionName } from './generate-form';
import { formFieldKeys, walkSchema } from './schema-walk';

describe('generateForm on the demo chains', () => {
  it.each(['restaurant', 'newborn', 'company'] as const)('places every merged key of %s exactly once and checks clean', (name) => {
    // given the chain composed in the design view
    const { recipe, composed, names } = demoChain(name);
    // when
    const { schema, problems } = generateForm({ composed, applicability: recipe.applicability, situations: recipe.situations, matterNames: names });
    // then every merged key appears once, before the material uploads
    const keys = formFieldKeys(schema);
    const merged = composed.fields.map((f) => f.key);
    expect(keys.filter((k) => merged.includes(k)).sort()).toEqual([...merged].sort());
    expect(new Set(keys).size).toBe(keys.length);
    // and each material the applicant supplies has one upload
    const uploads = keys.filter((k) => k.startsWith('materials.'));
    expect(uploads).toHaveLength(composed.materials.filter((m) => m.askApplicant).length);
    // and the schema passes the save check; only unresolved conflicts remain as problems
    const known = [...recipe.situations.map((s) => s.key), ...keys];
    expect(checkFormSchema(schema, known)).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(composed.conflicts.map(() => 'unresolved_conflict'));
    expect(formStatus(schema, composed, recipe.situations).unplaced).toEqual([]);
  });

  it('puts shared keys first, each matter its own section, materials last', () => {
    const { recipe, composed, names } = demoChain('restaurant');
    const { schema } = generateForm({ composed, applicability: recipe.applicability, matterNames: names });
    const sections = Object.keys(schema.properties);
    expect(sections[0]).toBe(COMMON_SECTION);
    expect(sections.at(-1)).toBe(MATERIALS_SECTION);
    const common = Object.keys(schema.properties[COMMON_SECTION]!.properties!);
    for (const key of common) expect(composed.fields.find((f) => f.key === key)!.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('gives fields of conditional matters the recipe\'s applicability as visibility', () => {
    // given the restaurant chain: 消防检查 only when area ≥ 300, 烟草 only when selling tobacco
    const { recipe, composed, names } = demoChain('restaurant');
    // when
    const { schema } = generateForm({ composed, applicability: recipe.applicability, matterNames: names });
    // then the fire inspection's section shows only for large premises
    const fire = schema.properties[matterSectionName('000125049000')];
    expect(fire?.['x-reactions']).toEqual([{ when: '{{ premises.area >= 300 }}', fulfill: { state: { visible: true } }, otherwise: { state: { visible: false } } }]);
    // and unconditional sections have no rule
    const licence = schema.properties[matterSectionName(recipe.matters[0]!)];
    expect(licence?.['x-reactions']).toBeUndefined();
  });

  it('marks e-licence candidates 免提交 and offers 告知承诺 where allowed', () => {
    const { recipe, composed, names } = demoChain('company');
    const { schema } = generateForm({ composed, applicability: recipe.applicability, matterNames: names });
    const materials = schema.properties[MATERIALS_SECTION]!.properties!;
    const eLicence = composed.materials.find((m) => m.askApplicant && m.eLicenseCandidate);
    if (eLicence) {
      expect(materials[materialKey(eLicence.code)]).toMatchObject({ 'x-component-props': { eLicense: true } });
      expect(materials[materialKey(eLicence.code)]!.required).toBeUndefined();
    }
    let uploads = 0;
    walkSchema(schema, ({ node }) => {
      if (node['x-component'] === 'file') uploads += 1;
    });
    expect(uploads).toBeGreaterThan(0);
  });

  it('applies accepted merge suggestions: the absorbed key is not placed', () => {
    const { recipe, composed, names } = demoChain('restaurant');
    const suggestion = composed.suggestions[0]!;
    const { schema, aliases } = generateForm({ composed, applicability: recipe.applicability, matterNames: names, decisions: { suggestions: [{ keys: suggestion.keys, accepted: true }] } });
    const keys = formFieldKeys(schema);
    expect(keys).toContain(suggestion.keys[0]);
    expect(keys).not.toContain(suggestion.keys[1]);
    expect(aliases[suggestion.keys[1]]).toBe(suggestion.keys[0]);
  });
});
