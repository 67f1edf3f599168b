/**
 * readsAsEnglish: the share of English function words tells English prose from other languages;
 * a text too short to judge counts as English.
 */
import { describe, expect, test } from 'vitest';
import { readsAsEnglish } from '../../../../src/core/text/english';

const ENGLISH = [
  'The council voted on Tuesday to close the old harbour bridge for repairs, and the mayor said the work would take most of the year.',
  'Residents who cross it every day were not pleased. “We have waited for this for a decade, but it is the wrong season,” said Ines Moreau, who runs a bakery on the far side.',
];
const FRENCH = [
  'Le conseil municipal a voté mardi la fermeture du vieux pont du port pour des travaux, et la maire a déclaré que le chantier durerait presque toute une année.',
  '« Nous attendons cela depuis dix ans, mais ce n’est pas la bonne saison », a dit Inès Moreau, qui tient une boulangerie de l’autre côté du pont.',
];
const SPANISH = [
  'El ayuntamiento votó el martes el cierre del viejo puente del puerto para unas obras, y la alcaldesa dijo que los trabajos durarían casi todo el año.',
  '«Llevamos diez años esperando esto, pero no es la temporada adecuada», dijo Inés Moreau, que regenta una panadería al otro lado del puente.',
];
const GERMAN = [
  'Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für Reparaturen zu sperren, und die Bürgermeisterin sagte, die Arbeiten würden fast ein Jahr dauern.',
  '„Wir warten seit zehn Jahren darauf, aber es ist die falsche Jahreszeit“, sagte Inès Moreau, die auf der anderen Seite eine Bäckerei führt.',
];
const LATIN = ['Quam varius nobis tellum orcis, ferunt lacus pulvina moras et sedit ultra portae. Vena corda mitis ferrum, olla gravis nunc dulce pascit agros.', 'Rura vocant nautas, proelia cessant, urbes dormiunt sub caelo sereno. Lumen tardum fluit per valles, nemo clamat, omnes tacent donec aurora redit montibus altis.'];
const CHINESE = ['市议会周二投票决定关闭旧港口大桥进行维修，市长表示工程将持续将近一年。每天过桥的居民并不高兴。“我们等了十年，但季节不对，”在桥另一边经营面包店的莫罗说。'];

describe('readsAsEnglish', () => {
  test('English prose reads as English', () => {
    expect(readsAsEnglish(ENGLISH)).toBe(true);
  });

  test.each([
    ['French', FRENCH],
    ['Spanish', SPANISH],
    ['German', GERMAN],
    ['placeholder Latin', LATIN],
    ['Chinese', CHINESE],
  ])('%s does not', (_name, paragraphs) => {
    expect(readsAsEnglish(paragraphs)).toBe(false);
  });

  test('only prose is judged: a results table before an English report does not make it foreign', () => {
    const table = [
      'Harbourside 2 Millbrook 1', 'Okafor 14, Brandt 71; Pike 55', 'Attendance: 12,408', 'Northfield 0 Lakeside 0',
      'Referee: Dana Moss (Kent)', 'Yellow cards: Okafor, Lind, Brandt, Moss, Pike', 'Next: Lakeside v Harbourside, Saturday 3pm',
      'Table: Harbourside 34, Lakeside 31, Millbrook 30, Northfield 22, Westcombe 19, Eastbury 17, Southam 12',
    ];
    expect(readsAsEnglish([...Array.from({ length: 10 }, () => table).flat(), ...ENGLISH])).toBe(true);
    expect(readsAsEnglish([...table, ...FRENCH, ...FRENCH])).toBe(false);
  });

  test('a text too short to judge counts as English', () => {
    expect(readsAsEnglish(['Le pont ferme mardi.'])).toBe(true);
    expect(readsAsEnglish([])).toBe(true);
  });

  test('a long article is judged by its start', () => {
    const long = [...Array.from({ length: 200 }, () => ENGLISH[0] as string), ...Array.from({ length: 400 }, () => FRENCH[0] as string)];
    expect(readsAsEnglish(long)).toBe(true);
  });
});
