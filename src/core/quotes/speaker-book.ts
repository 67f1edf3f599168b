/**
 * The speakers met so far: one entity per name key (never a name the article rules out as a speaker),
 * and the order they last spoke in, so that "he", "they" or "the minister" can find the latest fit.
 */
import { nameKey } from './names-key';
import { genderOf, type Entity } from './speaker-entity';
import { roleOrNull } from './speaker-role-check';
import { describesThing } from './speaker-thing-role';

/** Characters no speaker's name or description holds: a citation mark's brackets, code and markup signs. */
const CODE_SIGNS = /[[\]{}<>=|\\#]|\$(?!\d)/;

export class SpeakerBook {
  readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  /** Entities in the order they last spoke, most recent last. */
  private readonly history: Entity[] = [];

  constructor(private readonly notSpeakers: readonly string[]) {}

  /** The entity for a name (created on first sight, its role and gender filled in when learnt), or null. */
  entity(name: string, role: string | null, org: boolean, plural: boolean, paragraph: number, hint?: 'he' | 'she'): Entity | null {
    const key = nameKey(name);
    // (brackets, braces and code signs are in no name: "the 2013 census[12", "$ git push origin")
    if (!key || CODE_SIGNS.test(name)) return null;
    // ("Ann Lee, for her part, said": an aside is no role)
    role = roleOrNull(role);
    if (this.notSpeakers.some((n) => n === key || (key.includes(' ') === false && n.split(' ').pop() === key))) return null;
    let e = this.byKey.get(key);
    // ("Brightmart, the discount retailer, said": a role that describes a business makes an organisation)
    // (never a name whose first name or role tells a person's gender: "Mel Sembler, a Florida developer")
    const thing = describesThing(role) && !hint && genderOf(name, role) === null;
    if (thing) org = true;
    if (!e) {
      e = { id: this.entities.length, name, role, org, plural, gender: org ? null : (hint ?? genderOf(name, role)), aliases: new Set(), lastParagraph: paragraph };
      this.entities.push(e);
      this.byKey.set(key, e);
    } else if (!e.role && role) {
      e.role = role;
      if (thing && !e.gender && !e.plural) e.org = true;
    }
    if (hint && !e.gender) e.gender = hint;
    return e;
  }

  /** The latest speaker that fits, unless the speakers before it have been silent for too long. */
  recent(paragraph: number, ok: (e: Entity) => boolean, maxDistance = 3): Entity | null {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const e = this.history[i] as Entity;
      if (paragraph - e.lastParagraph > maxDistance) return null;
      if (ok(e)) return e;
    }
    return null;
  }

  /** Records that an entity spoke in a paragraph: it becomes the most recent speaker. */
  spoke(e: Entity, paragraph: number): void {
    e.lastParagraph = paragraph;
    const at = this.history.indexOf(e);
    if (at >= 0) this.history.splice(at, 1);
    this.history.push(e);
  }
}
