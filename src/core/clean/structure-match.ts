/**
 * Compiles the structural rule table once into lookups, so one pass over the page can ask of each
 * element "which rule, if any, names you?" without a selector engine.
 */
import { SELECTOR_RULES, type SelectorRule } from './boilerplate-selectors';

const byTag = new Map<string, SelectorRule>();
const byRole = new Map<string, SelectorRule>();
const byId = new Map<string, SelectorRule>();
const idPrefixes: [string, SelectorRule][] = [];
const byAttr: [string, SelectorRule][] = [];
const attrContains: [string, string, SelectorRule][] = [];
const attrPrefix: [string, string, SelectorRule][] = [];

for (const rule of SELECTOR_RULES) {
  for (const t of rule.tags ?? []) byTag.set(t.toUpperCase(), rule);
  for (const r of rule.roles ?? []) byRole.set(r, rule);
  for (const i of rule.ids ?? []) byId.set(i, rule);
  for (const p of rule.idPrefixes ?? []) idPrefixes.push([p, rule]);
  for (const a of rule.attrs ?? []) byAttr.push([a, rule]);
  for (const [a, v] of rule.attrContains ?? []) attrContains.push([a, v, rule]);
  for (const [a, v] of rule.attrPrefix ?? []) attrPrefix.push([a, v, rule]);
}

// Landmarks an attribute rule (aria-label="Share …", data-share) never takes.
const LANDMARK_TAGS = new Set(['HTML', 'BODY', 'ARTICLE', 'MAIN']);

type AttrCheck = (value: string) => SelectorRule | null;

/** Per attribute name, what its value says: one look at each attribute an element has. */
const ATTR_CHECKS = new Map<string, AttrCheck[]>();
const addCheck = (name: string, check: AttrCheck): void => {
  ATTR_CHECKS.set(name, [...(ATTR_CHECKS.get(name) ?? []), check]);
};
addCheck('role', (v) => byRole.get(v.trim().toLowerCase()) ?? null);
addCheck('id', (v) => byId.get(v) ?? idPrefixes.find(([prefix]) => v.startsWith(prefix))?.[1] ?? null);
for (const [name, rule] of byAttr) addCheck(name, () => rule);
for (const [name, value, rule] of attrContains) addCheck(name, (v) => (v.toLowerCase().includes(value) ? rule : null));
for (const [name, value, rule] of attrPrefix) addCheck(name, (v) => (v.trim().toLowerCase().startsWith(value) ? rule : null));
/** Checks that apply to landmarks too (roles and ids name them precisely). */
const LANDMARK_SAFE = new Set(['role', 'id']);

function candidate(el: Element): SelectorRule | null {
  const tagRule = byTag.get(el.tagName);
  if (tagRule) return tagRule;
  const attrs = el.attributes;
  if (attrs.length === 0) return null;
  const landmark = LANDMARK_TAGS.has(el.tagName);
  for (let i = 0; i < attrs.length; i++) {
    const attr = attrs[i] as Attr;
    const checks = ATTR_CHECKS.get(attr.name);
    if (!checks || (landmark && !LANDMARK_SAFE.has(attr.name))) continue;
    for (const check of checks) {
      const rule = check(attr.value);
      if (rule) return rule;
    }
  }
  return null;
}

function insideAny(el: Element, tags: readonly string[]): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (tags.includes(up.tagName.toLowerCase())) return true;
  return false;
}

/** The structural rule that matches `el`, or null. */
export function structureRuleOf(el: Element): SelectorRule | null {
  const rule = candidate(el);
  if (!rule) return null;
  return rule.notInside && rule.notInside.length > 0 && insideAny(el, rule.notInside) ? null : rule;
}
