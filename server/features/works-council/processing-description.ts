import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import type { Language } from '../../../shared/schemas/common';
import type { WhoSeesWhat, WorksCouncilOverview } from '../../../shared/schemas/works-council';
import { encodable } from '../posters/poster-pdf';

/*
 * The data-processing description an admin hands to the works council and
 * the privacy officer: purposes, data, roles, retention, sub-processors and
 * where data lives. Written from the same who-sees-what table and settings
 * the app works with, in Dutch or English, as Markdown or a simple PDF.
 */

export interface DescriptionFacts {
  organisation: string;
  table: WhoSeesWhat;
  subProcessors: WorksCouncilOverview['subProcessors'];
  storage: { nl: string; en: string };
  generatedAt: string;
}

const words = {
  nl: {
    title: 'Beschrijving van de gegevensverwerking',
    intro: (org: string) => `Deze beschrijving hoort bij Leerlust van ${org}. Ze volgt uit de instellingen en het beleid dat de app zelf gebruikt.`,
    purposes: 'Doelen',
    purposeList: [
      'Medewerkers informeren over het leeraanbod en hen helpen leren in werktijd.',
      'Medewerkers hun eigen voortgang, reeks en punten laten zien.',
      'L&D en leidinggevenden totalen laten zien (groepen van minstens 5 mensen), zodat ze het aanbod kunnen verbeteren.',
      'Verplichte leerpaden per persoon volgen, alleen waar de organisatie dat verplicht stelt.',
    ],
    data: 'Gegevens, wie ze ziet en hoe lang ze blijven',
    columns: ['Soort', 'Gegevens', 'De persoon', 'Collega’s', 'Leidinggevenden', 'Beheerders', 'Bewaartermijn'],
    yes: 'ja',
    no: 'nee',
    roles: 'Rollen',
    roleList: ['Medewerker: ziet en exporteert de eigen gegevens en kan het account wissen.', 'Leidinggevende: ziet totalen van het eigen team en per persoon alleen verplichte leerpaden.', 'Beheerder (L&D): beheert aanbod, campagnes en mensen; ziet totalen.'],
    monitoring: 'Geen monitoring: Leerlust meet geen werktijd en beoordeelt niemand. Elke keer dat een beheerder of leidinggevende gegevens van een ander bekijkt, wordt vastgelegd; de persoon ziet wie en wanneer.',
    processors: 'Subverwerkers',
    configured: 'ingesteld',
    notConfigured: 'niet ingesteld',
    storage: 'Waar de gegevens staan',
    purge: 'Elke nacht verwijdert Leerlust wat ouder is dan de bewaartermijn; de maandtotalen van de trechter blijven, zonder personen.',
    generated: 'Gemaakt op',
  },
  en: {
    title: 'Description of the data processing',
    intro: (org: string) => `This description belongs to Leerlust at ${org}. It follows from the settings and the policy the app itself works with.`,
    purposes: 'Purposes',
    purposeList: [
      'Inform employees about the learning offer and help them learn in work time.',
      'Show employees their own progress, streak and points.',
      'Show L&D and managers totals (groups of at least 5 people), to improve the offer.',
      'Follow mandatory learning paths per person, only where the organisation makes them mandatory.',
    ],
    data: 'Data, who sees it and how long it is kept',
    columns: ['Kind', 'Data', 'The person', 'Colleagues', 'Managers', 'Admins', 'Kept'],
    yes: 'yes',
    no: 'no',
    roles: 'Roles',
    roleList: ['Employee: sees and exports their own data and can erase their account.', 'Manager: sees totals of their own team and, per person, mandatory paths only.', 'Admin (L&D): manages the offer, campaigns and people; sees totals.'],
    monitoring: 'No monitoring: Leerlust does not measure working time and rates nobody. Every time an admin or manager views someone else’s data it is recorded; the person sees who and when.',
    processors: 'Sub-processors',
    configured: 'configured',
    notConfigured: 'not configured',
    storage: 'Where the data lives',
    purge: 'Every night Leerlust deletes what is older than its period; the funnel’s monthly totals stay, without people.',
    generated: 'Generated at',
  },
};

const cell = (text: string) => text.replace(/\|/g, '/').replace(/\s+/g, ' ');

export function processingDescriptionMarkdown(facts: DescriptionFacts, language: Language): string {
  const w = words[language];
  const access = (a: WhoSeesWhat['kinds'][number]['person']) => (a.access === 'yes' ? w.yes : a.access === 'no' ? w.no : (a.condition?.[language] ?? ''));
  const lines = [
    `# ${w.title}`,
    '',
    w.intro(facts.organisation),
    '',
    `## ${w.purposes}`,
    ...w.purposeList.map((p) => `- ${p}`),
    '',
    `## ${w.data}`,
    '',
    `| ${w.columns.join(' | ')} |`,
    `| ${w.columns.map(() => '---').join(' | ')} |`,
    ...facts.table.kinds.map((k) =>
      `| ${[k.label[language], k.data[language], access(k.person), access(k.colleagues), access(k.managers), access(k.admins), k.retention.text[language]].map(cell).join(' | ')} |`,
    ),
    '',
    w.purge,
    '',
    `## ${w.roles}`,
    ...w.roleList.map((r) => `- ${r}`),
    '',
    w.monitoring,
    '',
    `## ${w.processors}`,
    ...facts.subProcessors.map((p) => `- ${p.name}: ${p.purpose[language]} (${p.configured ? w.configured : w.notConfigured})`),
    '',
    `## ${w.storage}`,
    facts.storage[language],
    '',
    `${w.generated} ${facts.generatedAt}`,
    '',
  ];
  return lines.join('\n');
}

/** The Markdown set as a plain A4 PDF: headings bold, table rows as indented blocks. */
export async function processingDescriptionPdf(facts: DescriptionFacts, language: Language): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(words[language].title);
  pdf.setCreator('Leerlust');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [width, height, margin] = [595, 842, 50];
  let page = pdf.addPage([width, height]);
  let y = height - margin;
  const write = (text: string, size: number, font = regular, indent = 0) => {
    for (const line of wrap(encodable(font, text), (w) => font.widthOfTextAtSize(w, size), width - 2 * margin - indent)) {
      if (y < margin + size) {
        page = pdf.addPage([width, height]);
        y = height - margin;
      }
      page.drawText(line, { x: margin + indent, y, size, font, color: rgb(0.1, 0.1, 0.1) });
      y -= size * 1.4;
    }
  };
  const w = words[language];
  for (const line of processingDescriptionMarkdown(facts, language).split('\n')) {
    if (line.startsWith('# ')) write(line.slice(2), 18, bold);
    else if (line.startsWith('## ')) {
      y -= 6;
      write(line.slice(3), 13, bold);
    } else if (line.startsWith('| ---') || line === `| ${w.columns.join(' | ')} |`) continue;
    else if (line.startsWith('| ')) {
      const cells = line.slice(2, -2).split(' | ');
      write(cells[0] ?? '', 10, bold);
      cells.slice(1).forEach((value, i) => write(`${w.columns[i + 1]}: ${value}`, 9, regular, 12));
      y -= 4;
    } else if (line) write(line, 10);
    else y -= 4;
  }
  return pdf.save();
}

function wrap(text: string, widthOf: (text: string) => number, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (widthOf(candidate) > max && current) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}
