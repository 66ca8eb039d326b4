/**
 * The starting points `handbook new` writes. Each is valid under the site's schemas as written,
 * and says, in its own text, what to replace. The content check still asks a guide for 600
 * words, so a scaffold is a draft until its author has written it.
 */
interface Names {
  slug: string;
  title: string;
  section: string;
  today: string;
}

/** The comment a new data file opens with; the format's README is upstream's, in content/ (a fork's local/ has none). */
export const yamlHeader = (kind: string, folder: string) =>
  `# ${/^[aeiou]/.test(kind) ? 'An' : 'A'} ${kind} created by "npx handbook new". Its format is described in\n# content/${folder}/README.md; "npx handbook check" validates it.\n`;

export function playbookPage(n: Names) {
  return {
    frontmatter: {
      title: n.title,
      description: `What a reader gets from “${n.title}”, in one sentence.`,
      audience: ['engineer', 'manager'],
      kind: 'guide',
      section: n.section,
      lastReviewed: n.today,
      sources: [
        {
          title: 'The book, article or talk this page draws on',
          note: 'Which facts or framework the page takes from it.',
        },
      ],
    },
    body: `Start with the situation the reader is in, in two or three sentences: who they are, what just
happened, what they need by the end of the page.

## The short version

The one or two things to do if the reader reads nothing else.

## Why it matters

The reasoning, with a concrete example from a team the reader could recognise.

## What to do this week

1. A first step someone can take today.
2. The conversation to have, and with whom.
3. How they will know it worked.

## Where to go next

- If this is your first page here, read [how to use this handbook](/start/how-to-use/) for what belongs where.
`,
  };
}

/** How a page shows a checklist or an assessment: the import under its frontmatter, and the tag. */
export const EMBED = {
  checklist: {
    importLine: "import Checklist from '~/components/checklists/Checklist.astro';",
    tag: (id: string) => `<Checklist id="${id}" />`,
  },
  assessment: {
    importLine: "import Assessment from '~/components/assessments/Assessment.astro';",
    tag: (id: string) => `<Assessment id="${id}" />`,
  },
} as const;

export function runbookPage(n: Names) {
  return {
    frontmatter: {
      title: n.title,
      description: `The steps for “${n.title}”, in order, to keep by the desk.`,
      audience: ['engineer', 'manager'],
      kind: 'template',
      section: n.section,
      lastReviewed: n.today,
      sources: [{ title: 'The incident process or public runbook this draws on', note: 'What it supplies.' }],
    },
    body: `${EMBED.checklist.importLine}

When to use this runbook, in one sentence, and who runs it.

${EMBED.checklist.tag(n.slug)}

## Scripts

\`\`\`markdown title="${fenceAttribute(`${n.title}: first message`)}" purpose="Post the first update with the facts responders need"
The first message to post, with [brackets] for what to fill in.
\`\`\`

## Where to go next

- For who does what while this runbook runs, read [incident roles](/incidents/roles/).
`,
  };
}

export function checklist(n: Names) {
  return {
    id: n.slug,
    title: n.title,
    description: `What “${n.title}” is for, in one sentence.`,
    version: 1,
    changelog: [{ version: 1, date: n.today, change: 'First version.' }],
    groups: [
      {
        id: 'first',
        title: 'First — rename this group',
        items: [
          {
            id: 'first-step',
            text: 'The first thing to do, as a short instruction.',
            owner: 'who usually does it',
          },
          {
            id: 'second-step',
            text: 'The next thing to do.',
            detail: 'Optional: one sentence of how or why.',
          },
        ],
      },
    ],
  };
}

export function assessment(n: Names) {
  return {
    id: n.slug,
    title: n.title,
    description: `What “${n.title}” helps a reader see, in one sentence.`,
    version: 1,
    changelog: [{ version: 1, date: n.today, change: 'First version.' }],
    sources: [{ title: 'The framework or research the questions draw on', note: 'What it supplies.' }],
    intro: 'How to answer honestly, and what the result is and is not (also the paper worksheet’s opening).',
    onTheWebsite: 'Your answers are scored and saved only in this browser.',
    rules: { topNeedsEvidence: true, gapDimensions: 2 },
    scales: { 'often-0-4': { min: 0, max: 4, anchors: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'] } },
    dimensions: ['first-area', 'second-area', 'third-area'].map((id, i) => ({
      id,
      label: `Area ${i + 1}`,
      description: 'What this area asks about.',
      actions: [{ text: 'A concrete next step for someone weak in this area.' }],
    })),
    questions: ['first-area', 'second-area', 'third-area'].map((dimension, i) => ({
      id: `question-${i + 1}`,
      dimension,
      type: 'scale',
      scale: 'often-0-4',
      text: 'A statement the reader rates, about something they do.',
      evidence: true,
    })),
    bands: [
      {
        id: 'strong',
        label: 'Strong',
        when: { overallAtLeast: 75, everyDimensionAtLeast: 50 },
        text: 'What this result means and what to do next.',
      },
      { id: 'building', label: 'Building', text: 'What this result means and what to do next.' },
    ],
    plan: [{ afterDays: 30, text: 'Take this again and compare with a snapshot.' }],
  };
}

export function ladder(n: Names) {
  const dims = ['scope', 'autonomy', 'influence'];
  const level = (id: string, band: string, title: string, rating: number, last = false) => ({
    id,
    band,
    title,
    summary: 'The level in one line.',
    typicalScope: 'The size of problem someone at this level owns.',
    keyShift: 'What changes from the level below.',
    ...(last ? {} : { toNextLevel: ['A concrete step toward the next level.'] }),
    dimensions: Object.fromEntries(
      dims.map((d) => [
        d,
        {
          rating,
          expectation: 'What this level does along this dimension.',
          signals: ['Evidence someone could point to.'],
          antiPatterns: ['A common way to get it wrong.'],
        },
      ]),
    ),
  });
  return {
    id: n.slug,
    title: n.title,
    description: 'What the ladder covers and how to read it.',
    track: 'ic',
    version: 1,
    changelog: [{ version: 1, date: n.today, change: 'First version.' }],
    sources: [{ title: 'The framework this ladder draws on' }],
    dimensions: dims.map((id) => ({
      id,
      label: id.charAt(0).toUpperCase() + id.slice(1),
      description: `What ${id} means on this ladder.`,
    })),
    levels: [
      level('first-level', 'L1', 'First level', 1),
      level('second-level', 'L2', 'Second level', 2),
      level('third-level', 'L3', 'Third level', 3, true),
    ],
  };
}

/*
 * Text a user typed (a title, a team, a name), made safe for the pages the CLI writes. MDX reads
 * `<` and `{` as code and a table reads `|` as a new cell, so a name like "Rosa <Diaz>" would
 * break the check and the build; backslash escapes show the text as typed in MDX and Markdown.
 */

/** One line of user text as inline Markdown/MDX: line breaks become spaces, markup is escaped. */
export function inlineText(text: string): string {
  return oneLine(text).replace(/[\\`*&<>[\]{}|]/g, '\\$&');
}

/**
 * User text inside a code fence's `title="…"`: a double quote would end the attribute early,
 * and a backtick is not allowed after a backtick fence (the line would stop being a fence).
 */
export function fenceAttribute(text: string): string {
  return oneLine(text).replace(/["`]/g, "'");
}

/** A code fence longer than any run of backticks in `text`, so the text cannot close it. */
export function fenceFor(text: string, least = 3): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(least, longest + 1));
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
